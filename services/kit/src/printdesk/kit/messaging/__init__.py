"""Transactional outbox, its relay to JetStream, and inbox-deduplicated durable consumers."""
