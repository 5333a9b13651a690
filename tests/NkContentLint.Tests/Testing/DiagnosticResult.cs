using System.Collections.Immutable;
using System.Globalization;
using NkContentLint.Diagnostics;

namespace NkContentLint.Tests.Testing;

/// <summary>
/// What a marked finding must also say, in the Roslyn testing style:
/// <c>AnalyzerVerifier.Diagnostic("NK3001").WithArguments("Background", 1)</c>. The arguments are
/// those the rule passes to <c>Diagnostic.Create</c>; the finding's message must be the rule's
/// message format filled with them.
/// </summary>
public sealed record DiagnosticResult(string Id, ImmutableArray<object?> Arguments)
{
    public DiagnosticResult WithArguments(params object?[] arguments) => this with { Arguments = [.. arguments] };

    /// <summary>The message <paramref name="descriptor"/> formats from these arguments.</summary>
    public string ExpectedMessage(DiagnosticDescriptor descriptor) =>
        Arguments.IsDefaultOrEmpty ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, [.. Arguments]);
}
