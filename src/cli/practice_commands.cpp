#include "practice_commands.h"

#include "booking/practice_directory.h"
#include "booking/practice_setup.h"
#include "storage/practice_contact_repository.h"

#include <QJsonObject>

#include <algorithm>

namespace empfang::cli {

namespace {

int print(CliContext &ctx, const PracticeSettings &s, const PracticeContact &c)
{
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("website"), c.website},
            {QStringLiteral("cardFormat"), PracticeContactRepository::formatKey(c.cardFormat)}});
        return Done;
    }
    ctx.out().printTable({PracticeCommands::tr("Field"), PracticeCommands::tr("Value")},
                         {{PracticeCommands::tr("Name"), s.name},
                          {PracticeCommands::tr("Address"), c.address},
                          {PracticeCommands::tr("Phone"), c.phone},
                          {PracticeCommands::tr("E-mail"), c.email},
                          {PracticeCommands::tr("Website"), c.website},
                          {PracticeCommands::tr("Appointment card"),
                           PracticeContactRepository::formatName(c.cardFormat)}},
                         QString());
    return Done;
}

} // namespace

int PracticeCommands::set(CliContext &ctx)
{
    const QStringList fields = {QStringLiteral("name"),    QStringLiteral("address"),
                                QStringLiteral("phone"),   QStringLiteral("email"),
                                QStringLiteral("website"), QStringLiteral("card-format")};
    if (std::none_of(fields.cbegin(), fields.cend(),
                     [&ctx](const QString &f) { return ctx.has(f); }))
        return ctx.usageError(tr("Please give at least one of --name, --address, --phone, "
                                 "--email, --website, --card-format."));
    const PracticeDirectory practice(ctx.db());
    PracticeSettings s = practice.settings();
    PracticeContact c = practice.contact();
    if (ctx.has(QStringLiteral("name")))
        s.name = ctx.value(QStringLiteral("name"));
    if (ctx.has(QStringLiteral("address")))
        c.address = ctx.value(QStringLiteral("address"));
    if (ctx.has(QStringLiteral("phone")))
        c.phone = ctx.value(QStringLiteral("phone"));
    if (ctx.has(QStringLiteral("email")))
        c.email = ctx.value(QStringLiteral("email"));
    if (ctx.has(QStringLiteral("website")))
        c.website = ctx.value(QStringLiteral("website"));
    if (ctx.has(QStringLiteral("card-format")) &&
        !PracticeContactRepository::formatFromKey(ctx.value(QStringLiteral("card-format")),
                                                  &c.cardFormat))
        return ctx.usageError(tr("--card-format must be a6, card or a4."));
    // Both checked before either is written: a bad e-mail changes nothing, not even the name.
    if (const QString invalid = PracticeSetup::problem(s, c); !invalid.isEmpty())
        return ctx.refuse(invalid + u' ' + tr("Nothing was changed."));
    if (Status saved = PracticeSetup(ctx.db()).save(s, c); !saved)
        return ctx.refuse(saved.error());
    if (!ctx.out().json())
        ctx.out().printLine(tr("Practice details saved."));
    return print(ctx, practice.settings(), practice.contact());
}

int PracticeCommands::show(CliContext &ctx)
{
    const PracticeDirectory practice(ctx.db());
    return print(ctx, practice.settings(), practice.contact());
}

} // namespace empfang::cli
