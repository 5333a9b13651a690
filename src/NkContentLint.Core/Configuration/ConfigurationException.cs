namespace NkContentLint.Configuration;

/// <summary>A problem in a file the run depends on (configuration, fact pack), with its position.</summary>
internal sealed record ConfigurationError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): error: {Message}";
}

/// <summary>
/// Thrown when configuration cannot be used. The CLI prints every error and exits with code 2
/// before linting anything.
/// </summary>
internal sealed class ConfigurationException(IReadOnlyList<ConfigurationError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ConfigurationError> Errors { get; } = errors;
}
