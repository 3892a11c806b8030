namespace Facturation.Application.Accounting.Exports;

/// <summary>Writes the entries of an export in one file format, streaming them as they are built.</summary>
public interface IJournalWriter
{
    string ContentType { get; }

    string Extension { get; }

    Task WriteAsync(IAsyncEnumerable<JournalEntry> entries, Stream output, CancellationToken ct);
}
