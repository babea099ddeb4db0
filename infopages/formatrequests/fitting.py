"""Which ways of getting information to someone fit which formats.

The rule, in the words the team uses:

- Braille and a paper copy are things on paper: they go by post, or the person
  collects them. They cannot be emailed or read out over the phone.
- Audio goes by email (a file or a link), on a memory stick or CD by post, or is
  collected. A phone call is not a recording to keep, so phone is not offered.
- British Sign Language is a video: a link by email, or watched with the team when
  collected in person. It cannot be posted or phoned.
- Large print, Easy Read and another language are documents: emailed, posted or
  collected. Phone is not offered for these either: a call cannot carry a
  document, and a reader who wants it read aloud asks for audio.

Phone is therefore never a way to deliver a format; it stays a way for the team
to reach someone (see contact_needed), not a delivery."""

LARGE_PRINT = "large_print"
EASY_READ = "easy_read"
AUDIO = "audio"
BRAILLE = "braille"
BSL = "bsl"
PAPER_COPY = "paper_copy"
ANOTHER_LANGUAGE = "another_language"

EMAIL = "email"
POST = "post"
PHONE = "phone"
COLLECT = "collect"

FITTING_DELIVERIES = {
    LARGE_PRINT: (EMAIL, POST, COLLECT),
    EASY_READ: (EMAIL, POST, COLLECT),
    AUDIO: (EMAIL, POST, COLLECT),
    BRAILLE: (POST, COLLECT),
    BSL: (EMAIL, COLLECT),
    PAPER_COPY: (POST, COLLECT),
    ANOTHER_LANGUAGE: (EMAIL, POST, COLLECT),
}

# What the team needs to get each delivery to the person, and no more.
NAME = "name"
ADDRESS = "address"
POSTCODE = "postcode"
PHONE_NUMBER = "phone"
EMAIL_ADDRESS = "email"
PHONE_OR_EMAIL = "phone_or_email"
CONTACT_NEEDED = {
    EMAIL: (EMAIL_ADDRESS,),
    POST: (NAME, ADDRESS, POSTCODE),
    PHONE: (NAME, PHONE_NUMBER),
    COLLECT: (NAME, PHONE_OR_EMAIL),
}


def fits(format, delivery):
    return delivery in FITTING_DELIVERIES.get(format, ())


def deliveries_for(format):
    return FITTING_DELIVERIES.get(format, ())


def contact_needed(delivery):
    return CONTACT_NEEDED.get(delivery, ())
