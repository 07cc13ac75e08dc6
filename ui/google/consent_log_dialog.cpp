#include "google/consent_log_dialog.h"

#include "booking/practice_directory.h"
#include "privacy/practice_records.h"
#include "privacy/private_file.h"
#include "ui_consent_log_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>

namespace empfang {

namespace {

enum Column {
    TimeColumn,
    PractitionerColumn,
    ActionColumn,
    ScopesColumn,
    NoticeColumn,
    OsUserColumn,
    ColumnCount
};

QString scopesText(const QString &scopes)
{
    QStringList short_;
    for (const QString &s : scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        short_ << s.section(QLatin1Char('/'), -1);
    return short_.join(QStringLiteral(", "));
}

} // namespace

ConsentLogDialog::ConsentLogDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::ConsentLogDialog>())
{
    m_ui->setupUi(this);
    QDialogButtonBox *buttons = m_ui->consentLogButtons;
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("consentLogClose"));
    auto *exportButton = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("consentLogExport"));
    connect(exportButton, &QPushButton::clicked, this, &ConsentLogDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 140, fm.height() * 28);
    reload();
}

ConsentLogDialog::~ConsentLogDialog() = default;

QTableWidget *ConsentLogDialog::table() const
{
    return m_ui->consentLogTable;
}

void ConsentLogDialog::reload()
{
    QHash<qint64, QString> names;
    if (auto all = PracticeDirectory(m_db).practitioners(true)) {
        for (const auto &p : all.value())
            names.insert(p.id, p.name);
    }
    m_ui->consentLogTable->setRowCount(0);
    auto entries = PracticeRecords(m_db).consentEntries();
    if (!entries) {
        m_ui->consentLogMessage->setText(entries.error());
        return;
    }
    for (const ConsentEntry &e : entries.value()) {
        const int row = m_ui->consentLogTable->rowCount();
        m_ui->consentLogTable->insertRow(row);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC);
        auto *time = new QTableWidgetItem(at.toLocalTime().toString(u"dd.MM.yyyy HH:mm:ss"));
        time->setToolTip(at.toString(Qt::ISODate));
        auto *scopes = new QTableWidgetItem(scopesText(e.grantedScopes));
        scopes->setToolTip(e.grantedScopes);
        auto *notice = new QTableWidgetItem(
            tr("Version %1, %2…").arg(e.noticeVersion, e.noticeSha256.left(12)));
        notice->setToolTip(e.noticeSha256);
        m_ui->consentLogTable->setItem(row, TimeColumn, time);
        m_ui->consentLogTable->setItem(
            row, PractitionerColumn,
            new QTableWidgetItem(names.value(e.practitionerId, tr("#%1").arg(e.practitionerId))));
        m_ui->consentLogTable->setItem(
            row, ActionColumn, new QTableWidgetItem(PracticeRecords::consentActionLabel(e.action)));
        m_ui->consentLogTable->setItem(row, ScopesColumn, scopes);
        m_ui->consentLogTable->setItem(row, NoticeColumn, notice);
        m_ui->consentLogTable->setItem(row, OsUserColumn, new QTableWidgetItem(e.osUser));
    }
    m_ui->consentLogTable->resizeColumnsToContents();
    if (entries.value().isEmpty())
        m_ui->consentLogMessage->setText(tr("No consent has been given or withdrawn yet."));
}

void ConsentLogDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Export consent log"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("consent-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("consentLogFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

Status ConsentLogDialog::exportCsv(const QString &path)
{
    auto entries = PracticeRecords(m_db).consentEntries();
    Status result = success();
    if (!entries) {
        result = Status::failure(entries.error());
    } else {
        QSaveFile file(path);
        if (!openPrivate(file) || file.write(PracticeRecords::consentCsv(entries.value())) < 0 ||
            !file.commit())
            result = Status::failure(tr("The consent log could not be written to %1 (%2). Please "
                                        "choose another folder.")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    m_ui->consentLogMessage->setStyleSheet(result ? QStringLiteral("color: #2e7d32;")
                                                  : QStringLiteral("color: #b00020;"));
    m_ui->consentLogMessage->setText(
        result ? tr("%n entry(s) exported to %1.", "", int(entries.value().size()))
                     .arg(QDir::toNativeSeparators(path))
               : result.error());
    return result;
}

} // namespace empfang
