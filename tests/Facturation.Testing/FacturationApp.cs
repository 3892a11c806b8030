using System.Net.Http.Headers;
using Facturation.Application.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Testing;

/// <summary>
/// The real application in-process, on its own database: by default a fresh SQLite file in a temporary
/// folder (migrated and seeded at start exactly as on a fresh machine). Each test class owns one instance.
/// </summary>
public class FacturationApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@facturation.local";
    public const string AdminPassword = "Admin-Test-Password-2026";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private int _userCounter;
    private TimeProvider? _clock;

    public FacturationApp()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "facturation-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings["Database:DataDirectory"] = DataDirectory;
        _settings["Logging:Directory"] = Path.Combine(DataDirectory, "logs");
        _settings["FACTURATION_ADMIN_PASSWORD"] = AdminPassword;
        _settings["Facturation:SeedDemoData"] = "true";

        // Many tests expect the first number of a series to be 1: no demo activity unless a test asks for it (ADR-030).
        _settings["Facturation:SeedDemoInvoices"] = "false";
    }

    public string DataDirectory { get; }

    public string SqliteFile => Path.Combine(DataDirectory, "facturation.db");

    /// <summary>Overrides one configuration value; call before the first request.</summary>
    public FacturationApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Runs the application on <paramref name="clock"/> instead of the system clock; call before the first request.</summary>
    public FacturationApp WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real login form.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateBrowserlikeClient();
        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {email} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public Task<HttpClient> SignInAsAdminAsync() => SignInAsync(AdminEmail, AdminPassword);

    public async Task<HttpClient> SignInAsync(params string[] roles)
    {
        var user = await CreateUserAsync(roles);
        return await SignInAsync(user.Email, user.Password);
    }

    /// <summary>Creates an account with a known password and the given roles, ready to sign in.</summary>
    public async Task<TestUser> CreateUserAsync(params string[] roles)
    {
        var number = Interlocked.Increment(ref _userCounter);
        var email = $"user{number}-{string.Join("-", roles).ToLowerInvariant()}@test.local";
        const string password = "User-Test-Password-2026";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {number}" };
        Ensure(await users.CreateAsync(user, password));
        Ensure(await users.AddToRolesAsync(user, roles));
        return new TestUser(user.Id, email, password);
    }

    /// <summary>An API client authenticated with a fresh personal token of a new user with these roles.</summary>
    public async Task<HttpClient> ApiClientAsync(params string[] roles)
    {
        var user = await CreateUserAsync(roles);
        return ApiClient(await CreateTokenAsync(user.Id));
    }

    public HttpClient ApiClient(string? token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<string> CreateTokenAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(userId, "test", CancellationToken.None);
        return issued.Value;
    }

    /// <summary>Runs code against the app's services (e.g. to read the database as it is after a request).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background thread; the temp folder is cleaned by the OS.
            }
        }
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
