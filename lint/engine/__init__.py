"""The engine: article model, rule API, registry, runner. It imports no rule."""
