using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Facturation.Application;
using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Application.Invoicing;
using Facturation.Application.Jobs;
using Facturation.Application.Mail;
using Facturation.Application.Setup;
using Facturation.Application.Webhooks;
using Facturation.Domain.Common;
using Facturation.Web.Api.V1;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Facturation.Web.Infrastructure;

/// <summary>The composition root: services, the request pipeline and start-up, in one place.</summary>
public static class FacturationHost
{
    public static readonly CultureInfo[] SupportedCultures = [new("fr-FR"), new("fr-CA"), new("en")];

    public static void AddFacturation(this WebApplicationBuilder builder, bool commandLineMode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;

        // Legacy top-level names documented for operators (FACTURATION_ADMIN_EMAIL / _PASSWORD).
        services.Configure<SetupOptions>(configuration.GetSection(SetupOptions.Section));
        services.PostConfigure<SetupOptions>(o =>
        {
            o.AdminEmail = configuration["FACTURATION_ADMIN_EMAIL"] is { Length: > 0 } email ? email : o.AdminEmail;
            o.AdminPassword = configuration["FACTURATION_ADMIN_PASSWORD"] is { Length: > 0 } password ? password : o.AdminPassword;
        });

        AddLogging(builder, commandLineMode);
        AddDatabase(builder);
        services.AddFacturationServices();
        services.AddSingleton<IOperatorConsole, ConsoleOperatorConsole>();
        AddIdentity(services);
        AddWeb(services);
        AddMail(builder, commandLineMode);
        AddAudit(builder, commandLineMode);
        AddScheduledJobs(builder, commandLineMode);
        AddWebhooks(builder, commandLineMode);
        if (!commandLineMode)
        {
            builder.AddFacturationTelemetry();
        }
    }

    public static void UseFacturation(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = ClientErrorStatus });
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            options.EnrichDiagnosticContext = RequestLogContext.EnrichCompletion;
            options.GetLevel = RequestLogContext.Level;
        });
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("fr-FR");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // French first: the UI language is a user choice (cookie), not the browser's default.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new ApiCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<RequestLogContext>();
        app.UseAuthorization();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseMiddleware<ApiBodyLimitMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        app.MapOpenApi().AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

        // An unknown /api path, or one whose route constraint fails (/api/v1/invoices/99999999999/duplicate), is a
        // JSON 404 for a token holder and a JSON 401 otherwise — never the HTML login page.
        app.MapFallback("/api/{**path}", (HttpContext context) => Results.Problem(
                title: ApiProblems.Translator(context)("Page introuvable."), statusCode: StatusCodes.Status404NotFound, instance: context.Request.Path))
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName });

        var addresses = app.Services.GetRequiredService<IServer>();
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, addresses));
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    private static void AddLogging(WebApplicationBuilder builder, bool commandLineMode)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            logger.ReadFrom.Configuration(configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (!KeyProtection.IsConfigured(configuration))
            {
                // Unencrypted keys at rest are a documented decision (ADR-024), not a warning to repeat at every start.
                logger.MinimumLevel.Override(KeyProtection.UnencryptedWarningCategory, LogEventLevel.Error);
            }

            if (commandLineMode)
            {
                // Standard output carries the command's result (e.g. a token) and nothing else.
                logger.WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, restrictedToMinimumLevel: LogEventLevel.Warning);
                return;
            }

            var logDirectory = Path.GetFullPath(
                configuration["Logging:Directory"] ?? Path.Combine(configuration["Database:DataDirectory"] ?? "data", "logs"),
                services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
            // Files are structured (one JSON event a line: @t, @l, @mt, @tr, @sp, RequestId, UserName…); the console is
            // text for people unless Logging:ConsoleFormat is "json" (containers whose output a collector reads).
            var json = new CompactJsonFormatter();
            if (string.Equals(configuration["Logging:ConsoleFormat"], "json", StringComparison.OrdinalIgnoreCase))
            {
                logger.WriteTo.Console(json);
            }
            else
            {
                logger.WriteTo.Console();
            }

            logger.WriteTo.File(json, Path.Combine(logDirectory, "facturation-.json"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
        });
    }

    private static void AddDatabase(WebApplicationBuilder builder)
    {
        // Resolved when the first context is built, so that test hosts and environment overrides all apply. Pooled: the
        // options (configuration binding, provider, interceptors — all stateless) are built once, not per request, and a
        // returned context is reset by EF (tracking, transaction, command timeout) before its next use.
        builder.Services.AddDbContextPool<FacturationDb>((services, db) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
            var connectionString = DatabaseConfiguration.ResolveConnectionString(
                options, configuration.GetConnectionString("Default"), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
            DatabaseConfiguration.Apply(db, options.Provider, connectionString);
        });
        builder.Services.Configure<ArchiveOptions>(builder.Configuration.GetSection(ArchiveOptions.Section));
        builder.Services.Configure<FinalizationOptions>(builder.Configuration.GetSection(FinalizationOptions.Section));
        builder.Services.AddOptions<ArchiveOptions>().PostConfigure<IConfiguration, IWebHostEnvironment>((archive, configuration, environment) =>
        {
            var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
            var connectionString = DatabaseConfiguration.ResolveConnectionString(options, configuration.GetConnectionString("Default"), environment.ContentRootPath);
            archive.FolderPath = string.IsNullOrWhiteSpace(archive.FolderPath)
                ? ArchiveOptions.DefaultFolder(options, connectionString, environment.ContentRootPath)
                : Path.GetFullPath(archive.FolderPath, environment.ContentRootPath);
        });
        builder.Services.Configure<HealthOptions>(builder.Configuration.GetSection(HealthOptions.Section));
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<ArchiveStoreHealthCheck>("archives", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [HealthEndpoints.ReadyTag]);
        builder.Services.AddFacturationDataProtection(builder.Configuration);
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<FacturationDb>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddSingleton<UserClaimsCache>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "Facturation.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);

            // The API never answers with the HTML login page, whatever challenged.
            cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        // Disabled or demoted users lose their session within 5 seconds, not at cookie expiry (one user read per 5 s).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(5));
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenAuthenticationHandler>(BearerTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(Policies.Register);
    }

    private static void AddWeb(IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddScoped<DomainExceptionFilter>();
        services.AddScoped<Features.Invoices.InvoiceActionMenuSource>();
        services.AddScoped<BusinessTimeDisplay>();
        services.AddControllersWithViews(mvc =>
            {
                mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                mvc.Filters.AddService<DomainExceptionFilter>();
                mvc.Filters.Add(new ControlCharacterFilter());
                mvc.ModelBinderProviders.Insert(0, new FlexibleDecimalModelBinderProvider());
                ModelBindingMessages.Configure(mvc);
            })
            .AddRazorOptions(FeatureViewLocations.Configure)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .AddJsonOptions(json =>
            {
                // Enum values by name only: "currency": 5 is not a currency.
                json.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
                json.JsonSerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NullRefusingJsonModifier.Modify } };

                // JsonException texts name .NET types ("could not be converted to System.Int32"): never sent back.
                json.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(api =>
            {
                api.InvalidModelStateResponseFactory = context =>
                    new BadRequestObjectResult(ApiProblems.Validation(context.ModelState, context.HttpContext))
                    {
                        ContentTypes = { "application/problem+json" },
                    };

                // No English default title ("Unsupported Media Type"): ProblemTitles gives ours.
                foreach (var mapping in api.ClientErrorMapping.Values)
                {
                    mapping.Title = null;
                }
            });
        services.AddFluentValidationAutoValidation();
        services.AddValidatorsFromAssemblyContaining<Facturation.Application.Customers.CustomerInputValidator>();
        services.AddValidatorsFromAssemblyContaining<SharedResource>();

        // French text is written as is ("é", "€"), not as HTML entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("fr");
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTitles.Customize);
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "Facturation.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    private static void AddMail(WebApplicationBuilder builder, bool commandLineMode)
    {
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.Section));
        if (!commandLineMode)
        {
            builder.Services.AddHostedService<OutboxWorker>();
        }
    }

    private static void AddAudit(WebApplicationBuilder builder, bool commandLineMode)
    {
        builder.Services.Configure<AuditOptions>(builder.Configuration.GetSection(AuditOptions.Section));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActor, HttpAuditActor>();
        if (!commandLineMode)
        {
            builder.Services.AddHostedService<AuditNightlyWorker>();
        }
    }

    private static void AddScheduledJobs(WebApplicationBuilder builder, bool commandLineMode)
    {
        builder.Services.Configure<JobsOptions>(builder.Configuration.GetSection(JobsOptions.Section));
        if (!commandLineMode)
        {
            builder.Services.AddHostedService<ScheduledJobsWorker>();
        }
    }

    private static void AddWebhooks(WebApplicationBuilder builder, bool commandLineMode)
    {
        builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection(WebhookOptions.Section));
        builder.Services.PostConfigure<WebhookOptions>(o => o.PublicBaseUrl ??= builder.Configuration["Facturation:PublicBaseUrl"]);
        builder.Services.AddScoped<InvoiceResource>();
        builder.Services.AddScoped<IWebhookDocumentSource, ApiWebhookDocumentSource>();
        if (!commandLineMode)
        {
            builder.Services.AddHostedService<WebhookWorker>();
        }
    }

    private static void PrintBanner(WebApplication app, IServer server)
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var console = app.Services.GetRequiredService<IOperatorConsole>();
        var admin = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SetupOptions>>().Value.AdminEmail;
        foreach (var url in urls)
        {
            console.WriteLine($"Facturation est prête : {url}");
        }

        console.WriteLine($"Connectez-vous avec {admin} (mot de passe affiché au premier démarrage ou FACTURATION_ADMIN_PASSWORD).");
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>A request the server could not read (malformed, too large) is the client's fault: 4xx, never 500.</summary>
    private static int ClientErrorStatus(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        DomainException { Kind: DomainErrorKind.NotFound } => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status500InternalServerError,
    };
}
