"""Running PrintDesk on one machine: embedded servers, the stack supervisor, test fixtures."""
