using System.Collections.Immutable;
using System.Globalization;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Encoding;

/// <summary>NK4003's fix: convert a file that is wholly Windows-1252 to UTF-8.</summary>
public sealed class InvalidUtf8Fixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => [InvalidUtf8Analyzer.Rule.Id];

    public override CodeFix? GetFix(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(InvalidUtf8Analyzer.TranscodeFromProperty, out var codePage)
            ? CodeFix.Transcode(int.Parse(codePage, CultureInfo.InvariantCulture), "Convert the file from Windows-1252 to UTF-8")
            : null;
}
