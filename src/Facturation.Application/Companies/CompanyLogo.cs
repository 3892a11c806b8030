namespace Facturation.Application.Companies;

/// <summary>The stored logo, as served to the browser and drawn on the PDFs.</summary>
public sealed record CompanyLogo(byte[] Content, string ContentType);
