"""Check what help you could get: an online self-assessment that leads a resident to
the information that fits their situation and lets them ask for a needs assessment."""
