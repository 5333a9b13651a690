namespace NkContentLint.Rules;

/// <summary>Rule families; the ID ranges live in DiagnosticCategoryAndIdRanges.txt.</summary>
public static class RuleCategories
{
    public const string Sourcing = "Sourcing";
    public const string Facts = "Facts";
    public const string Structure = "Structure";
    public const string Encoding = "Encoding";
}
