using FluentValidation;

namespace Facturation.Web.Features.Settings;

public sealed class LogoUploadValidator : AbstractValidator<LogoUpload>
{
    public LogoUploadValidator()
    {
        RuleFor(u => u.Logo).NotNull().WithMessage("Choisissez une image PNG ou JPEG.");
    }
}
