namespace NkContentLint.Analysis;

/// <summary>How the driver runs analyzers it does not trust to finish (code rules).</summary>
internal sealed record AnalyzerDriverOptions
{
    /// <summary>The default time budget of a code rule on one document.</summary>
    public static readonly TimeSpan DefaultRuleTimeBudget = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a budgeted analyzer may run on one document (all its document and block actions), or in one
    /// corpus-start or corpus-end action. Past it the driver stops waiting: NK0005, the analyzer's findings
    /// for that document are dropped and it is not run again in the session's driver.
    /// </summary>
    public TimeSpan RuleTimeBudget { get; init; } = DefaultRuleTimeBudget;

    /// <summary>
    /// Which analyzers run under the budget, on a worker thread the driver can stop waiting for. By default
    /// those loaded in a collectible assembly (code rules compiled at run time); built-in rules run inline.
    /// </summary>
    public Func<ContentAnalyzer, bool> IsBudgeted { get; init; } = static analyzer => analyzer.GetType().Assembly.IsCollectible;
}
