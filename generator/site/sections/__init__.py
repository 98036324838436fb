"""The sections of the site beyond the core directory: each a class taking the `Site` and
implementing `pages.Section`. The MkDocs edge hands them to the `Site` it builds.

May import the rest of `generator.site`, `generator.format` and `generator.model`; a section
imports no other section, and nothing outside `sections` imports one but the MkDocs edge."""

from generator.site.sections.alamatlama import FormerAddressSection
from generator.site.sections.bimtek import BimtekSection
from generator.site.sections.dokumen import DocumentsSection
from generator.site.sections.kemitraan.section import PartnershipSection
from generator.site.sections.kontribusi import ContributionSection
from generator.site.sections.mitra.section import PartnerSection
from generator.site.sections.offline import OfflineSection
from generator.site.sections.poster import PosterSection
from generator.site.sections.privasi import PrivacySection
from generator.site.sections.sematkan import EmbedSection
from generator.site.sections.sharing import SharingSection
from generator.site.sections.statistik import StatisticsSection
from generator.site.sections.worklists import WorklistSection

SECTIONS = (PartnershipSection, PartnerSection, StatisticsSection, WorklistSection, BimtekSection,
            ContributionSection, PrivacySection, SharingSection, PosterSection, DocumentsSection,
            EmbedSection, OfflineSection, FormerAddressSection)
