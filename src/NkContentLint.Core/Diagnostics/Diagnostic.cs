using System.Collections.Immutable;
using System.Globalization;

namespace NkContentLint.Diagnostics;

/// <summary>A related place that explains a finding (SARIF <c>relatedLocations</c>).</summary>
public sealed record RelatedLocation(Location Location, string Message);

/// <summary>Why a finding was suppressed (SARIF <c>suppressions[]</c>).</summary>
public sealed record SuppressionInfo(string Kind, string? Justification, Location? Directive);

/// <summary>One finding. Immutable: filtering produces new instances with severity or suppression set.</summary>
public sealed class Diagnostic
{
    private Diagnostic(
        DiagnosticDescriptor descriptor,
        Location location,
        DiagnosticSeverity severity,
        string message,
        ImmutableArray<RelatedLocation> relatedLocations,
        ImmutableDictionary<string, string> properties,
        SuppressionInfo? suppression,
        string? fingerprint = null)
    {
        Fingerprint = fingerprint;
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Message = message;
        RelatedLocations = relatedLocations;
        Properties = properties;
        Suppression = suppression;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; }

    /// <summary>The effective severity after configuration (the descriptor's default until filtered).</summary>
    public DiagnosticSeverity Severity { get; }

    public string Message { get; }

    public ImmutableArray<RelatedLocation> RelatedLocations { get; }

    /// <summary>Rule-specific data a fix provider or reporter may need (e.g. the repaired text).</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>Set when an inline directive suppressed the finding; suppressed findings are kept for SARIF.</summary>
    public SuppressionInfo? Suppression { get; }

    public bool IsSuppressed => Suppression is not null;

    /// <summary>
    /// Identity of the finding that survives lines moving: set by the engine from the flagged text
    /// and its line's content. Null for findings not tied to a document's text.
    /// </summary>
    public string? Fingerprint { get; }

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        IEnumerable<RelatedLocation>? relatedLocations = null,
        IReadOnlyDictionary<string, string>? properties = null,
        params object?[] messageArgs)
    {
        var message = messageArgs.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Diagnostic(
            descriptor,
            location,
            descriptor.DefaultSeverity,
            message,
            relatedLocations?.ToImmutableArray() ?? ImmutableArray<RelatedLocation>.Empty,
            properties?.ToImmutableDictionary() ?? ImmutableDictionary<string, string>.Empty,
            suppression: null);
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(descriptor, location, relatedLocations: null, properties: null, messageArgs);

    /// <summary>
    /// A finding as it was saved (content cache, shard file): message, severity and fingerprint exactly as
    /// the run that found it made them, not formatted again. Suppression is applied afterwards.
    /// </summary>
    internal static Diagnostic Restore(
        DiagnosticDescriptor descriptor,
        Location location,
        DiagnosticSeverity severity,
        string message,
        IEnumerable<RelatedLocation> relatedLocations,
        IReadOnlyDictionary<string, string> properties,
        string? fingerprint) =>
        new(descriptor, location, severity, message, [.. relatedLocations], properties.ToImmutableDictionary(), suppression: null, fingerprint);

    internal Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(Descriptor, Location, severity, Message, RelatedLocations, Properties, Suppression, Fingerprint);

    internal Diagnostic WithSuppression(SuppressionInfo suppression) =>
        new(Descriptor, Location, Severity, Message, RelatedLocations, Properties, suppression, Fingerprint);

    internal Diagnostic WithFingerprint(string fingerprint) =>
        new(Descriptor, Location, Severity, Message, RelatedLocations, Properties, Suppression, fingerprint);

    public override string ToString() =>
        $"{Location}: {Severity.ToConfigName()} {Id}: {Message}";
}
