using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NkContentLint.LanguageServer;

/// <summary>
/// The LSP base protocol on two streams: <c>Content-Length</c> framed JSON-RPC 2.0 messages. Writes
/// are serialized, so a message is never interleaved with another; nothing else is ever written to
/// the output stream.
/// </summary>
public sealed class JsonRpcConnection(Stream input, Stream output)
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly byte[] one = new byte[1];

    /// <summary>The next message, or null at the end of the input. Throws <see cref="JsonException"/> on a body that is not JSON.</summary>
    public async Task<JsonNode?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (length >= 0)
                {
                    break;
                }

                continue; // stray blank line before a header
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                length = parsed;
            }
        }

        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await input.ReadAsync(body.AsMemory(read, length - read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return JsonNode.Parse(body) ?? throw new JsonException("the message body is the JSON null");
    }

    public async Task WriteAsync(JsonNode message, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Compact);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            var n = await input.ReadAsync(one, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return null;
            }

            var c = (char)one[0];
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append(c);
        }
    }
}
