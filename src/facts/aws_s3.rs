//! Shared readings for checks in this area.
