using Facturation.Application.Companies;

namespace Facturation.Web.Features.Settings;

/// <summary>The company settings form; <see cref="Logo"/> is the logo section drawn under it.</summary>
public sealed record SettingsViewModel(CompanySettingsInput Input, LogoFormViewModel Logo);
