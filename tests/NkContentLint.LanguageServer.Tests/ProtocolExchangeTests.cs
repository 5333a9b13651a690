using Xunit;

namespace NkContentLint.LanguageServer.Tests;

/// <summary>The recorded exchanges in Exchanges/, replayed against the real <c>nkcontentlint lsp</c> over its stdio.</summary>
public sealed class ProtocolExchangeTests
{
    [Theory]
    [InlineData("lifecycle")]
    [InlineData("code-actions")]
    [InlineData("config-reload")]
    [InlineData("unnecessary")]
    public Task Exchange(string name) => ExchangeReplay.RunAsync(name);
}
