"""GraphQL of reference data: document items, bureaus, prefectures and labels."""
