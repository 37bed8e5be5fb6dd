"""PrintDesk notify service: e-mail templates, the outbound message log, SMTP sending with retries."""
