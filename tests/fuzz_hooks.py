"""schemathesis hooks for the GraphQL fuzzer (loaded through SCHEMATHESIS_HOOKS): values for our
custom scalars, well-formed and not, as a client might send them."""

from __future__ import annotations

import schemathesis.graphql
from hypothesis import strategies as st
from schemathesis.graphql import nodes

# The edges too (#24.5): year 1 and 9999 overflow a Japan-time conversion or the next day.
_extreme_days = st.sampled_from(["0001-01-01", "9999-12-31", "1900-01-01", "9998-12-31", "2000-02-29"])
_dates = st.dates().map(lambda d: d.isoformat()) | _extreme_days | st.text(max_size=12)
schemathesis.graphql.scalar("Date", _dates.map(nodes.String))
schemathesis.graphql.scalar("DateTime", (st.datetimes().map(lambda d: d.isoformat() + "+09:00") | st.text(max_size=25)).map(nodes.String))
schemathesis.graphql.scalar("Upload", st.just(nodes.Null) | st.text(max_size=8).map(nodes.String))
