from .counts import JourneyCount
from .page import SelfAssessmentPage

__all__ = ["JourneyCount", "SelfAssessmentPage"]
