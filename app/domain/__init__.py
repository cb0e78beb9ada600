"""The rules of shuro: plain async functions over the models, no web framework imports."""
