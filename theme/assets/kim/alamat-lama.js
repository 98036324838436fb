// A former address of a KIM or a partner (theme/kim/alamat_lama.html): its meta refresh
// leads to the current address without the query and fragment of the link followed, so a
// shared /kim/<old-slug>/#kontak would land on the top of the profile. This sends the reader
// there with both. The page's load event waits for this module, and a browser starts a meta
// refresh only once the page has loaded: this navigation comes first (tests/test_alamat_lama.py,
// in Chromium); without JavaScript the refresh still leads to the page.
import { byId, withThisQueryAndFragment } from "./util.js";

const link = byId("kim-alamat-baru");
if (link) location.replace(withThisQueryAndFragment(link.href));
