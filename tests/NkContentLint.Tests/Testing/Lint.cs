using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Running;
using Xunit;

namespace NkContentLint.Tests.Testing;

/// <summary>Runs the whole engine pipeline with the built-in rules, as the CLI does.</summary>
internal static class Lint
{
    /// <summary>Lints with the built-in rules and the fact packs the configuration puts in force, as the CLI does.</summary>
    public static LintResult Run(IReadOnlyList<string> inputs, string workingDirectory, LintConfiguration? configuration = null)
    {
        configuration ??= LintConfiguration.CreateDefault(workingDirectory);
        return LintRunner.Run(
            new LintRequest(inputs, workingDirectory, configuration, BuiltInAnalyzers.Create()) { Facts = ConfiguredFactPacks.IndexFor(configuration, workingDirectory, BuiltInFacts.DefaultPack) },
            TestContext.Current.CancellationToken);
    }

    public static LintConfiguration RepositoryConfiguration() =>
        ConfigurationLoader.Load(RepositoryPaths.Combine(".nkcontentlint.yaml"), BuiltInAnalyzers.AllDescriptors(), ".nkcontentlint.yaml");
}
