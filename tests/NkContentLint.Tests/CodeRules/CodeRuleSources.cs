using NkContentLint.CustomRules;

namespace NkContentLint.Tests.CodeRules;

/// <summary>C# rule files the code rule tests compile.</summary>
internal static class CodeRuleSources
{
    /// <summary>HOUSE001: every "Pyongyang" in prose; <paramref name="marker"/> makes the file's text (and cache key) unique.</summary>
    public static RuleSourceFile Pyongyang(string marker = "") => new("rules/Pyongyang.cs", $$"""
        // {{marker}}
        namespace House;

        public sealed class PyongyangAnalyzer : ContentAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "HOUSE001", "Pyongyang", "Found {0}", "House", DiagnosticSeverity.Warning, "For tests.");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
            {
                var prose = c.Document.ProseText;
                for (var i = prose.IndexOf("Pyongyang", StringComparison.Ordinal); i >= 0; i = prose.IndexOf("Pyongyang", i + 1, StringComparison.Ordinal))
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.Document.GetLocation(new Microsoft.CodeAnalysis.Text.TextSpan(i, 9)), "Pyongyang"));
                }
            });
        }
        """);

    /// <summary>HOUSE002: throws on every document.</summary>
    public static RuleSourceFile Throwing() => new("rules/Throwing.cs", """
        namespace House;

        public sealed class ThrowingAnalyzer : ContentAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "HOUSE002", "Throws", "never", "House", DiagnosticSeverity.Warning, "For tests.");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) =>
                context.RegisterDocumentAction(c => throw new InvalidOperationException("house rule bug"));
        }
        """);

    /// <summary>
    /// HOUSE003: loops without ever looking at its CancellationToken, until <paramref name="stopFile"/>
    /// exists (so the abandoned thread ends when the test does; it sleeps, so it burns no CPU meanwhile).
    /// </summary>
    public static RuleSourceFile Hanging(string stopFile) => new("rules/Hanging.cs", $$"""
        namespace House;

        public sealed class HangingAnalyzer : ContentAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "HOUSE003", "Hangs", "Found {0}", "House", DiagnosticSeverity.Warning, "For tests.");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
            {
                c.ReportDiagnostic(Diagnostic.Create(Rule, c.Document.GetLocation(new Microsoft.CodeAnalysis.Text.TextSpan(0, 1)), "a result that must be dropped"));
                while (!System.IO.File.Exists(@"{{stopFile}}"))
                {
                    Thread.Sleep(5);
                }
            });
        }
        """);

    /// <summary>HOUSE004: sleeps a little, then reports; well within any budget the tests set.</summary>
    public static RuleSourceFile Slowish() => new("rules/Slowish.cs", """
        namespace House;

        public sealed class SlowishAnalyzer : ContentAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "HOUSE004", "Slowish", "Finished", "House", DiagnosticSeverity.Warning, "For tests.");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
            {
                Thread.Sleep(20);
                c.ReportDiagnostic(Diagnostic.Create(Rule, c.Document.GetLocation(new Microsoft.CodeAnalysis.Text.TextSpan(0, 1))));
            });
        }
        """);
}
