using NkContentLint.Configuration;
using NkContentLint.Rules;
using NkContentLint.Running;
using Xunit;

namespace NkContentLint.Tests.Testing;

/// <summary>Runs the whole engine pipeline with the built-in rules, as the CLI does.</summary>
public static class Lint
{
    public static LintResult Run(IReadOnlyList<string> inputs, string workingDirectory, LintConfiguration? configuration = null) =>
        LintRunner.Run(
            new LintRequest(inputs, workingDirectory, configuration ?? LintConfiguration.CreateDefault(workingDirectory), BuiltInAnalyzers.Create()),
            TestContext.Current.CancellationToken);

    public static LintConfiguration RepositoryConfiguration() =>
        ConfigurationLoader.Load(RepositoryPaths.Combine(".nkcontentlint.yaml"), BuiltInAnalyzers.AllDescriptors(), ".nkcontentlint.yaml");
}
