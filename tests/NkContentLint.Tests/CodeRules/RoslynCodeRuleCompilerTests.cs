using System.Runtime.CompilerServices;
using NkContentLint.Analysis;
using NkContentLint.CodeRules;
using NkContentLint.CustomRules;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.CodeRules;

public sealed class RoslynCodeRuleCompilerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void ACompiledRuleRunsLikeABuiltInOne()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var compilation = compiler.Compile([CodeRuleSources.Pyongyang()], Token);

        Assert.Empty(compilation.Errors);
        var analyzer = Assert.Single(compilation.Analyzers);
        Assert.Equal("PyongyangAnalyzer", analyzer.ToString());
        Assert.True(analyzer.GetType().Assembly.IsCollectible);
        var findings = AnalyzerVerifier.Run(analyzer, "# Pyongyang\n\nIn Pyongyang, `Pyongyang` in code is not prose.\n");
        Assert.Equal(["test.md(1,3)", "test.md(3,4)"], findings.Select(d => d.Location.ToString()));
        Assert.All(findings, d => Assert.Equal("HOUSE001", d.Id));
    }

    [Fact]
    public void ACompileErrorIsLocatedInItsFile()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var broken = new RuleSourceFile("house/Broken.cs", "namespace House;\n\npublic static class Helper\n{\n    public static int Count() => \"not a number\";\n}\n");

        var compilation = compiler.Compile([CodeRuleSources.Pyongyang(), broken], Token);

        Assert.Empty(compilation.Analyzers);
        var error = Assert.Single(compilation.Errors);
        Assert.Equal(("house/Broken.cs", 5, 34), (error.Path, error.Line, error.Column));
        Assert.StartsWith("CS0029: Cannot implicitly convert type 'string' to 'int'", error.Message);
        Assert.Equal("house/Broken.cs:5:34: " + error.Message, error.ToString());
    }

    [Fact]
    public void ASecondCompileOfTheSameFilesComesFromTheMemoryCache()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var first = compiler.Compile([CodeRuleSources.Pyongyang()], Token);
        var second = compiler.Compile([CodeRuleSources.Pyongyang()], Token);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(1, compiler.CompilationCount);
        Assert.NotSame(first.Analyzers[0], second.Analyzers[0]);
        Assert.Same(first.Analyzers[0].GetType(), second.Analyzers[0].GetType());

        // Any change to a file's text is a new key: compiled again.
        var changed = compiler.Compile([CodeRuleSources.Pyongyang("edited")], Token);
        Assert.False(changed.FromCache);
        Assert.Equal(2, compiler.CompilationCount);
    }

    [Fact]
    public void ACacheFolderSavesTheNextRunItsCompilation()
    {
        using var temp = new TempDirectory();
        using (var first = new RoslynCodeRuleCompiler(temp.Path))
        {
            Assert.False(first.Compile([CodeRuleSources.Pyongyang()], Token).FromCache);
            Assert.Equal(1, first.CompilationCount);
        }

        Assert.Single(Directory.GetFiles(Path.Combine(temp.Path, "code-rules"), "*.dll"));
        using var second = new RoslynCodeRuleCompiler(temp.Path);
        var compilation = second.Compile([CodeRuleSources.Pyongyang()], Token);

        Assert.True(compilation.FromCache);
        Assert.Equal(0, second.CompilationCount);
        Assert.Single(AnalyzerVerifier.Run(Assert.Single(compilation.Analyzers), "Pyongyang\n"));
    }

    [Fact]
    public void ACorruptCacheEntryIsRecompiled()
    {
        using var temp = new TempDirectory();
        using (var first = new RoslynCodeRuleCompiler(temp.Path))
        {
            first.Compile([CodeRuleSources.Pyongyang()], Token);
        }

        var dll = Assert.Single(Directory.GetFiles(Path.Combine(temp.Path, "code-rules"), "*.dll"));
        File.WriteAllBytes(dll, [1, 2, 3]);
        using var second = new RoslynCodeRuleCompiler(temp.Path);
        var compilation = second.Compile([CodeRuleSources.Pyongyang()], Token);

        Assert.Empty(compilation.Errors);
        Assert.Single(compilation.Analyzers);
        Assert.Equal(1, second.CompilationCount);
    }

    [Theory]
    [InlineData("NK1001", "'NK1001' is not a custom rule ID")]
    [InlineData("house1", "'house1' is not a custom rule ID")]
    public void ABuiltInOrMalformedIdIsALocatedError(string id, string expected)
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var file = CodeRuleSources.Pyongyang() is var f ? f with { Text = f.Text.Replace("\"HOUSE001\"", $"\"{id}\"") } : null!;

        var error = Assert.Single(compiler.Compile([file], Token).Errors);

        Assert.Equal(("rules/Pyongyang.cs", 4, 21), (error.Path, error.Line, error.Column));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void AFileWithoutAnAnalyzerIsAnError()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var error = Assert.Single(compiler.Compile([new RuleSourceFile("rules/Empty.cs", "namespace House;\npublic static class Nothing { }\n")], Token).Errors);
        Assert.Equal("rules/Empty.cs:1:1: no code rule found: define a public class deriving from NkContentLint.Analysis.ContentAnalyzer with a public parameterless constructor", error.ToString());
    }

    [Fact]
    public void AnAnalyzerWithoutAPublicParameterlessConstructorIsAnError()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var file = CodeRuleSources.Pyongyang() is var f
            ? f with { Text = f.Text.Replace("public static readonly DiagnosticDescriptor Rule", "public PyongyangAnalyzer(int limit) { }\n\n    public static readonly DiagnosticDescriptor Rule") }
            : null!;

        var error = Assert.Single(compiler.Compile([file], Token).Errors);

        Assert.Equal("rules/Pyongyang.cs:4:21: code rule PyongyangAnalyzer: an analyzer needs a public parameterless constructor", error.ToString());
    }

    [Fact]
    public void NoFilesLoadNothing()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var compilation = compiler.Compile([], Token);
        Assert.Empty(compilation.Analyzers);
        Assert.Empty(compilation.Errors);
        Assert.Equal(0, compiler.CompilationCount);
    }

    [Fact]
    public void DisposingTheCompilerUnloadsItsCollectibleContext()
    {
        var context = CompileAndRunThenDispose();

        for (var i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the code rules' AssemblyLoadContext was not unloaded");
    }

    // Out of line so that no reference to the compiler, the analyzer or the context survives in the test's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndRunThenDispose()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var analyzer = Assert.Single(compiler.Compile([CodeRuleSources.Pyongyang("unload")], CancellationToken.None).Analyzers);
        Assert.Single(AnalyzerVerifier.Run(analyzer, "Pyongyang\n"));
        var context = Assert.Single(compiler.LoadContextsForTesting());
        Assert.True(context.IsAlive);
        return context;
    }
}
