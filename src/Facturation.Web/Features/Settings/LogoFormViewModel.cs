namespace Facturation.Web.Features.Settings;

/// <summary>The logo upload form and whether a logo is stored (its preview and the remove button).</summary>
public sealed record LogoFormViewModel(LogoUpload Input, bool HasLogo);
