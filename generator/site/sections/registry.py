"""The sections of the site beyond the core directory, registered in one place.

Each is a class taking the `Site` and implementing `site.Section`.
"""

from generator.site.sections.kemitraan import PartnershipSection
from generator.site.sections.kontribusi import ContributionSection
from generator.site.core import SECTIONS
from generator.site.sections.statistik import StatisticsSection
from generator.site.sections.worklist import WorklistSection

SECTIONS.extend((PartnershipSection, StatisticsSection, WorklistSection, ContributionSection))
