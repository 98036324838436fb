"""The sections of the site beyond the core directory, registered in one place.

Each is a class taking the `Site` and implementing `site.Section`.
"""

from .kemitraan import PartnershipSection
from .kontribusi import ContributionSection
from .privasi import PrivacySection
from .site import SECTIONS
from .statistik import StatisticsSection
from .worklist import WorklistSection

SECTIONS.extend((PartnershipSection, StatisticsSection, WorklistSection, ContributionSection,
                 PrivacySection))
