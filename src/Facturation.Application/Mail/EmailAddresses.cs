using System.Net.Mail;

namespace Facturation.Application.Mail;

/// <summary>Parsing of the address lists users type ("a@x.fr, b@y.fr; c@z.fr").</summary>
public static class EmailAddresses
{
    private static readonly char[] Separators = [',', ';', ' ', '\n', '\r', '\t'];

    public static IReadOnlyList<string> Split(IEnumerable<string?>? values) =>
        (values ?? []).SelectMany(v => (v ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A plain address (no display name), as accepted by SMTP servers.</summary>
    public static bool IsValid(string? address) =>
        !string.IsNullOrWhiteSpace(address) && address.Length <= 254
        && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.Host.Contains('.', StringComparison.Ordinal);

    public static string? FirstInvalid(IEnumerable<string?>? values) => Split(values).FirstOrDefault(a => !IsValid(a));
}
