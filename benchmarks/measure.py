"""Run one command in a child process and report its wall time, CPU time and peak memory.

Run as a separate process per measurement, so RUSAGE_CHILDREN covers exactly that command
(including worker processes it starts: their peak is the largest single process).
Prints one JSON object.
"""

import json
import resource
import subprocess
import sys
import time


def main() -> None:
    start = time.perf_counter()
    done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "returncode": done.returncode,
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "stderr_tail": done.stderr[-400:],
    }))


if __name__ == "__main__":
    main()
