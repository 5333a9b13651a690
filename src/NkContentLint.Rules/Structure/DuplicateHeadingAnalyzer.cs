using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;

namespace NkContentLint.Rules.Structure;

/// <summary>
/// NK3001: two headings with the same rendered text (markdownlint MD024 semantics). Every repeat
/// after the first is reported at the repeat's text, with the first one as related location.
/// With <c>siblings_only</c>, only headings under the same parent heading are compared.
/// </summary>
public sealed class DuplicateHeadingAnalyzer : ContentAnalyzer
{
    public const string SiblingsOnlyOption = "siblings_only";

    public static readonly RuleOption<bool> SiblingsOnly = new(SiblingsOnlyOption, false, "Only compare headings that share the same parent heading.");

    public static readonly DiagnosticDescriptor Rule = new(
        "NK3001",
        "Duplicate heading",
        "Duplicate heading '{0}': the same text is already a heading on line {1}",
        RuleCategories.Structure,
        DiagnosticSeverity.Warning,
        "Two headings with the same text make the table of contents ambiguous, produce clashing anchor links, and usually mean a section was pasted twice.",
        [SiblingsOnly]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(Start);

    /// <summary>Per document: the headings seen so far, and a heading action from the shared walk that compares each with them.</summary>
    private static void Start(DocumentStartAnalysisContext start)
    {
        var siblingsOnly = start.GetOption(Rule, SiblingsOnly);

        // seenByLevel[L] holds the headings seen under the current parent at level L (siblings_only),
        // or every heading of the document in slot 0 (default).
        var seenByLevel = new Dictionary<string, Heading>?[7];
        seenByLevel[0] = new(StringComparer.Ordinal);
        start.RegisterHeadingAction(context =>
        {
            var heading = context.Heading;
            if (heading.Text.Length == 0)
            {
                return;
            }

            Dictionary<string, Heading> seen;
            if (siblingsOnly)
            {
                // A heading closes every deeper section: their sibling sets start afresh.
                for (var deeper = heading.Level + 1; deeper < seenByLevel.Length; deeper++)
                {
                    seenByLevel[deeper] = null;
                }

                seen = seenByLevel[heading.Level] ??= new(StringComparer.Ordinal);
            }
            else
            {
                seen = seenByLevel[0]!;
            }

            if (seen.TryGetValue(heading.Text, out var first))
            {
                var firstLocation = context.Document.GetLocation(first.ContentSpan);
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    context.Document.GetLocation(heading.ContentSpan),
                    [new RelatedLocation(firstLocation, $"First heading '{first.Text}'")],
                    properties: null,
                    heading.Text,
                    firstLocation.StartLine));
            }
            else
            {
                seen.Add(heading.Text, heading);
            }
        });
    }
}
