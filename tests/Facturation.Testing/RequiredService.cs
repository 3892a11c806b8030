namespace Facturation.Testing;

/// <summary>An external service that some tests need.</summary>
public enum TestService
{
    /// <summary>A PostgreSQL server (<see cref="RequiredService.PostgresVariable"/>).</summary>
    Postgres,

    /// <summary>An SMTP catcher, maildev 3 (<see cref="RequiredService.SmtpHostVariable"/> and siblings).</summary>
    Smtp,

    /// <summary>A Chromium binary for browser tests (<see cref="RequiredService.ChromiumVariable"/>).</summary>
    Chromium,

    /// <summary>
    /// The shared e-invoice validator script, found next to the repository or at
    /// <see cref="EInvoiceValidator.PathVariable"/> (<see cref="EInvoiceValidator.Locate"/>).
    /// </summary>
    EInvoiceValidator,
}

/// <summary>SMTP catcher coordinates: where to send mail and where its REST API answers.</summary>
public sealed record SmtpEndpoint(string Host, int Port, Uri ApiBaseAddress);

/// <summary>
/// Access to the external services started by <c>./build.sh test</c> or <c>./build.sh services</c>.
/// <para>
/// A test that needs a service uses <see cref="ServiceFactAttribute"/> (or <see cref="PostgresFactAttribute"/>,
/// <see cref="SmtpFactAttribute"/>, <see cref="ChromiumFactAttribute"/>): run by hand without the service,
/// the test is skipped with a reason; on CI (<c>CI</c> set) or with <c>FACTURATION_REQUIRE_SERVICES</c>
/// set, it is never skipped, and the accessors below make it fail with a clear message.
/// </para>
/// </summary>
public static class RequiredService
{
    /// <summary>Npgsql connection string of the test server, without database: <c>Host=127.0.0.1;Port=55432;Username=postgres</c>.</summary>
    public const string PostgresVariable = "FACTURATION_TEST_POSTGRES";

    /// <summary>Host of the SMTP catcher.</summary>
    public const string SmtpHostVariable = "FACTURATION_TEST_SMTP_HOST";

    /// <summary>SMTP port of the SMTP catcher.</summary>
    public const string SmtpPortVariable = "FACTURATION_TEST_SMTP_PORT";

    /// <summary>Base address of the SMTP catcher's REST API: <c>http://127.0.0.1:1080</c>.</summary>
    public const string SmtpApiVariable = "FACTURATION_TEST_SMTP_API";

    /// <summary>Path of the Chromium executable.</summary>
    public const string ChromiumVariable = "FACTURATION_TEST_CHROMIUM";

    /// <summary>When set (to anything but <c>0</c>/<c>false</c>), a missing service fails its tests instead of skipping them.</summary>
    public const string RequireServicesVariable = "FACTURATION_REQUIRE_SERVICES";

    /// <summary>Set to <c>true</c> by CI runners; has the same effect as <see cref="RequireServicesVariable"/>.</summary>
    public const string CiVariable = "CI";

    private const string HowToStart = "run ./build.sh test or ./build.sh services";

    /// <summary>True when a missing service must fail the tests rather than skip them (CI or FACTURATION_REQUIRE_SERVICES).</summary>
    public static bool ServicesRequired => AreServicesRequired(Environment.GetEnvironmentVariable);

    /// <summary>Whether <paramref name="environment"/> asks for services to be required.</summary>
    public static bool AreServicesRequired(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return IsTrue(environment(CiVariable)) || IsTrue(environment(RequireServicesVariable));
    }

    /// <summary>The environment variables that <paramref name="service"/> needs.</summary>
    public static IReadOnlyList<string> VariablesOf(TestService service) => service switch
    {
        TestService.Postgres => [PostgresVariable],
        TestService.Smtp => [SmtpHostVariable, SmtpPortVariable, SmtpApiVariable],
        TestService.Chromium => [ChromiumVariable],
        TestService.EInvoiceValidator => [Facturation.Testing.EInvoiceValidator.PathVariable],
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unknown test service."),
    };

    /// <summary>
    /// The reason to skip a test needing <paramref name="services"/>, or <c>null</c> to run it: null when every
    /// variable is set, and also when services are required (the test then fails inside, loudly).
    /// </summary>
    public static string? GetSkipReason(Func<string, string?> environment, params TestService[] services)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(services);
        if (AreServicesRequired(environment))
        {
            return null;
        }

        // The validator is a file, not a started service: it is there when it can be located, variable or not.
        var missing = services
            .Where(s => s != TestService.EInvoiceValidator || Facturation.Testing.EInvoiceValidator.Locate(environment) is null)
            .SelectMany(VariablesOf)
            .Where(name => string.IsNullOrWhiteSpace(environment(name)) || name == Facturation.Testing.EInvoiceValidator.PathVariable)
            .Distinct()
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", services.Distinct());
        return $"{names} not available: {string.Join(", ", missing)} not set ({HowToStart} and export the variables it prints). "
            + $"On CI ({CiVariable}) or with {RequireServicesVariable}=1 this test fails instead of being skipped.";
    }

    /// <summary>Npgsql connection string of the test PostgreSQL server (no database: tests create their own, see <see cref="PostgresDatabase"/>).</summary>
    /// <exception cref="InvalidOperationException">The variable is not set.</exception>
    public static string PostgresConnectionString() => Require(PostgresVariable, "PostgreSQL");

    /// <summary>The SMTP catcher's SMTP and REST API coordinates.</summary>
    /// <exception cref="InvalidOperationException">A variable is not set or not valid.</exception>
    public static SmtpEndpoint Smtp()
    {
        var host = Require(SmtpHostVariable, "The SMTP catcher");
        var portText = Require(SmtpPortVariable, "The SMTP catcher");
        var apiText = Require(SmtpApiVariable, "The SMTP catcher");
        if (!int.TryParse(portText, out var port) || port is <= 0 or > 65535)
        {
            throw new InvalidOperationException($"{SmtpPortVariable}='{portText}' is not a TCP port.");
        }

        if (!Uri.TryCreate(apiText, UriKind.Absolute, out var api))
        {
            throw new InvalidOperationException($"{SmtpApiVariable}='{apiText}' is not an absolute URL.");
        }

        return new SmtpEndpoint(host, port, api);
    }

    /// <summary>Path of the Chromium executable for browser tests.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set, or the file does not exist.</exception>
    public static string ChromiumPath()
    {
        var path = Require(ChromiumVariable, "Chromium");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{ChromiumVariable}='{path}' does not exist: install Debian's chromium package ({HowToStart}).");
        }

        return path;
    }

    private static string Require(string variable, string what)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"{what} is required: {variable} is not set; {HowToStart}.");
        }

        return value.Trim();
    }

    private static bool IsTrue(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && !string.Equals(value.Trim(), "0", StringComparison.Ordinal)
        && !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(value.Trim(), "no", StringComparison.OrdinalIgnoreCase);
}
