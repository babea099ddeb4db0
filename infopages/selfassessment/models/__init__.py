from .counts import JourneyCount
from .page import SelfAssessmentPage
from .referral import Referral

__all__ = ["JourneyCount", "Referral", "SelfAssessmentPage"]
