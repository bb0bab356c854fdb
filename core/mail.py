"""E-mail leaves through the task queue: no mail server slows a request down or breaks it.

Django's EMAIL_BACKEND is QueuedEmailBackend. It turns each message into plain data and,
once the current transaction commits (a rolled-back submission mails no one), enqueues one
`email_send` task per message. The worker (`manage.py db_worker`) rebuilds the message and
sends it with the backend EMAIL_URL names (settings.EMAIL_DELIVERY_BACKEND, core/email_url.py).
A failure fails the attempt, which the queue records, and is retried (core/tasks.py).

The log (`curriculum.mail`) counts messages and names error classes: it carries no address,
subject or body.
"""

import base64
import logging
import smtplib

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from core.tasks import retried_task

logger = logging.getLogger("curriculum.mail")

QUEUED_BACKEND = "core.mail.QueuedEmailBackend"


class EmailDeliveryError(Exception):
    """Delivery failed. The message names the error class and SMTP codes, not the addresses
    that smtplib's own exceptions carry (they end up in the task's stored traceback)."""


def message_data(message: EmailMessage) -> dict:
    """A message as JSON-serialisable data, what the task queue stores."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # a MIMEBase part is refused here
        if isinstance(content, bytes):
            attachments.append(
                [filename, base64.b64encode(content).decode("ascii"), mimetype, True]
            )
        else:
            attachments.append([filename, str(content), mimetype, False])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), str(mimetype)]
            for content, mimetype in getattr(message, "alternatives", None) or []
        ],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
        "encoding": message.encoding if isinstance(message.encoding, str) else None,
    }


def message_build(data: dict, connection=None) -> EmailMultiAlternatives:
    """The message `message_data` describes."""
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype, encoded in data["attachments"]:
        message.attach(filename, base64.b64decode(content) if encoded else content, mimetype)
    message.content_subtype = data["content_subtype"]
    if data["encoding"]:
        message.encoding = data["encoding"]
    return message


def _error_summary(error: Exception) -> str:
    """The error's class and SMTP reply codes: servers' replies and smtplib's exceptions
    repeat the addresses."""
    codes = []
    if isinstance(error, smtplib.SMTPResponseException):
        codes = [error.smtp_code]
    elif isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _reply in error.recipients.values()})
    return type(error).__name__ + (f" (SMTP {', '.join(map(str, codes))})" if codes else "")


def email_deliver(message: dict) -> int:
    """Send one message (`message_data`) with the delivery backend; raise if it was not sent."""
    backend = settings.EMAIL_DELIVERY_BACKEND
    if backend == QUEUED_BACKEND:
        raise ImproperlyConfigured("EMAIL_DELIVERY_BACKEND must send, not queue again.")
    recipients = len(message["to"]) + len(message["cc"]) + len(message["bcc"])
    try:
        connection = get_connection(backend, fail_silently=False)
        return connection.send_messages([message_build(message, connection)]) or 0
    except Exception as error:
        summary = _error_summary(error)
        logger.warning("E-mail to %d recipient(s) not delivered: %s", recipients, summary)
        # `from None`: the stored and logged traceback shows neither smtplib's exception
        # (with the addresses) nor the frames' values.
        raise EmailDeliveryError(summary) from None


@retried_task
def email_send(message: dict) -> int:
    """The queued message's task: a failed attempt is retried (core/tasks.py)."""
    return email_deliver(message)


def _enqueue(messages: list[dict]) -> None:
    errors = []
    for message in messages:
        try:
            email_send.enqueue(message)
        except Exception as error:
            errors.append(type(error).__name__)
    if errors:
        logger.error(
            "%d of %d e-mail(s) not queued: %s",
            len(errors),
            len(messages),
            ", ".join(sorted(set(errors))),
        )


class QueuedEmailBackend(BaseEmailBackend):
    """Queues messages for the worker; never raises, never waits for a mail server."""

    def send_messages(self, email_messages) -> int:
        messages = []
        for message in email_messages or []:
            if not message.recipients():
                continue
            try:
                messages.append(message_data(message))
            except Exception as error:
                logger.error("1 e-mail not queued (unsupported content): %s", type(error).__name__)
        if messages:
            # Now if no transaction is open; otherwise only if it commits.
            transaction.on_commit(lambda: _enqueue(messages))
        return len(messages)
