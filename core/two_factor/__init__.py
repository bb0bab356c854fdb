"""Two-factor sign-in for staff: an authenticator app (TOTP) plus one-time recovery codes.

Built on django-otp. ``STAFF_2FA_REQUIRED`` makes it compulsory for superusers and for whoever
the ``STAFF_2FA_POLICY`` callable names (officers); any other user may enrol, and from then on
their sign-in asks for a code too. ``TwoFactorMiddleware`` sends a signed-in user who has not
given the code yet from the admin and the teacher portal to the code page (or to enrolment).
Wrong codes are failed logins for django-axes and lock the account out like wrong passwords.
"""
