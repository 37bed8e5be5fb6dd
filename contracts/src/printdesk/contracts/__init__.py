"""Schemas every PrintDesk part agrees on: the event envelope, event payloads, subjects and API models."""
