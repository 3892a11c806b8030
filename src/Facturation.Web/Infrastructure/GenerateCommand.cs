using System.Globalization;
using Facturation.Application.Generation;
using Facturation.Application.Setup;
using Facturation.Domain.Common;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// <c>demo generate --invoices N --customers N [--seed N] [--years N]</c> (ADR-031): initializes the configured
/// database (migrations, roles, administrator, reference data) and fills it with generated documents. Progress and the
/// result go to standard error. Exit codes: 0 generated, 1 refused (a database that already holds issued documents),
/// 2 bad arguments.
/// </summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(IServiceProvider provider, string[] options, string usage)
    {
        GenerationRequest request;
        try
        {
            request = new GenerationRequest(
                Number(options, "--invoices", null),
                Number(options, "--customers", null),
                Number(options, "--seed", 1),
                Number(options, "--years", 4));
            request.Validate();
        }
        catch (DomainException invalid)
        {
            await Console.Error.WriteLineAsync(invalid.Message + "\n" + usage);
            return 2;
        }

        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        try
        {
            var progress = new Progress<string>(line => Console.Error.WriteLine(line));
            var result = await provider.GetRequiredService<DocumentGenerator>().GenerateAsync(request, progress, CancellationToken.None);
            await Console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Généré en {result.Elapsed.TotalSeconds:F1} s : {result.Customers} clients, {result.Invoices} factures, {result.CreditNotes} avoirs, {result.Drafts} brouillons, {result.Lines} lignes, {result.Payments} règlements."));
            return 0;
        }
        catch (DomainException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private static int Number(string[] options, string name, int? fallback)
    {
        var text = CommandLine.Option(options, name);
        if (text is null && fallback is { } value)
        {
            return value;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new DomainException("generate.argument", $"{name} attend un nombre entier positif.", name);
    }
}
