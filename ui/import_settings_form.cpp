// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_settings_form.h"

#include "csv_import.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>

#include <cmath>

namespace mcui {
namespace {

QComboBox* combo(std::initializer_list<int> values)
{
    auto* box = new QComboBox;
    for (int v : values)
        box->addItem(QString(), v);
    return box;
}

void select(QComboBox* box, int value) { box->setCurrentIndex(std::max(0, box->findData(value))); }

int selected(const QComboBox* box) { return box->currentData().toInt(); }

}  // namespace

ImportSettingsForm::ImportSettingsForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importSettingsForm"));
    // All settings at once, in three groups; a scroll bar only when the window is short.
    auto* content = new QWidget;
    auto* groups = new QVBoxLayout(content);
    groups->setContentsMargins(0, 0, 4, 0);
    for (QWidget* page : {createReadingPage(), createQualityPage(), createStationsPage()}) {
        auto* box = new QGroupBox;
        (new QVBoxLayout(box))->addWidget(page);
        page->layout()->setContentsMargins(0, 0, 0, 0);
        m_groups.append(box);
        groups->addWidget(box);
    }
    groups->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll = scroll;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QComboBox* box : {m_encoding, m_delimiter, m_decimal, m_timeFormat, m_interval, m_aggregation})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportSettingsForm::emitChanged);
    for (QSpinBox* box : {m_headerLine, m_minCount, m_fillGaps})
        connect(box, &QSpinBox::valueChanged, this, &ImportSettingsForm::emitChanged);
    for (QDoubleSpinBox* box : {m_utcOffset, m_minFraction})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ImportSettingsForm::emitChanged);
    for (QLineEdit* edit : {m_missing, m_stationsFile})
        connect(edit, &QLineEdit::editingFinished, this, &ImportSettingsForm::emitChanged);
    connect(m_aliases, &QPlainTextEdit::textChanged, this, &ImportSettingsForm::emitChanged);
    connect(m_rangeChecks, &QCheckBox::toggled, this, &ImportSettingsForm::emitChanged);
    for (QCheckBox* box : m_flags)
        connect(box, &QCheckBox::toggled, this, &ImportSettingsForm::emitChanged);
    connect(m_browseStations, &QPushButton::clicked, this, &ImportSettingsForm::browseStationsFile);

    retranslate();
    setSettings({});
}

QSize ImportSettingsForm::minimumSizeHint() const
{
    // Never narrower than the fields: with the horizontal scroll bar off they would be clipped.
    const QSize content = m_scroll->widget()->minimumSizeHint();
    return {content.width() + m_scroll->verticalScrollBar()->sizeHint().width() + 4, 200};
}

void ImportSettingsForm::addRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel;
    label->setBuddy(field);
    m_labels.insert(field, label);
    form->addRow(label, field);
}

void ImportSettingsForm::setLabel(QWidget* field, const QString& text) const
{
    if (auto* label = m_labels.value(field))
        label->setText(text);
}

QWidget* ImportSettingsForm::createReadingPage()
{
    using mc::TextEncoding, mc::TimeFormat;
    m_encoding = combo({int(TextEncoding::Auto), int(TextEncoding::Utf8), int(TextEncoding::Gb18030), int(TextEncoding::Latin1)});
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter = combo({0, ',', ';', '\t', '|'});
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_decimal = combo({0, '.', ','});
    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_headerLine = new QSpinBox;
    m_headerLine->setObjectName(QStringLiteral("headerLineSpin"));
    m_headerLine->setRange(0, 10000);
    m_timeFormat = combo({int(TimeFormat::Auto), int(TimeFormat::Iso), int(TimeFormat::MonthDayYear), int(TimeFormat::DayMonthYear),
                          int(TimeFormat::YearMonthDay), int(TimeFormat::Chinese), int(TimeFormat::ExcelSerial)});
    m_timeFormat->setObjectName(QStringLiteral("timeFormatCombo"));
    m_utcOffset = new QDoubleSpinBox;
    m_utcOffset->setObjectName(QStringLiteral("utcOffsetSpin"));
    m_utcOffset->setRange(-12, 14);
    m_utcOffset->setDecimals(2);
    m_utcOffset->setSingleStep(0.5);

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    for (QWidget* w : std::initializer_list<QWidget*>{m_encoding, m_delimiter, m_decimal, m_headerLine, m_timeFormat, m_utcOffset})
        addRow(form, w);
    return page;
}

QWidget* ImportSettingsForm::createQualityPage()
{
    m_missing = new QLineEdit;
    m_missing->setObjectName(QStringLiteral("missingEdit"));
    m_rangeChecks = new QCheckBox;
    m_rangeChecks->setObjectName(QStringLiteral("rangeChecksBox"));
    auto* flags = new QWidget;
    auto* grid = new QGridLayout(flags);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int code = kMinFlag; code <= kMaxFlag; ++code) {
        auto* box = new QCheckBox(QString::number(code));  // a code, the same in every language
        box->setObjectName(QStringLiteral("flag_%1").arg(code));
        m_flags.insert(code, box);
        const int i = code - kMinFlag;
        grid->addWidget(box, i / 6, i % 6);
    }
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    addRow(form, m_missing);
    addRow(form, flags);
    form->addRow(m_rangeChecks);
    return page;
}

QWidget* ImportSettingsForm::createStationsPage()
{
    using mc::Aggregation, mc::ResampleInterval;
    m_stationsFile = new QLineEdit;
    m_stationsFile->setObjectName(QStringLiteral("stationsFileEdit"));
    m_browseStations = new QPushButton;
    m_browseStations->setObjectName(QStringLiteral("stationsBrowseButton"));
    auto* file = new QWidget;
    auto* row = new QHBoxLayout(file);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_stationsFile, 1);
    row->addWidget(m_browseStations);
    m_aliases = new QPlainTextEdit;
    m_aliases->setObjectName(QStringLiteral("aliasesEdit"));
    m_aliases->setMaximumHeight(70);
    m_interval = combo({int(ResampleInterval::None), int(ResampleInterval::Hourly), int(ResampleInterval::Daily), int(ResampleInterval::Monthly)});
    m_interval->setObjectName(QStringLiteral("intervalCombo"));
    m_aggregation = combo({int(Aggregation::Mean), int(Aggregation::Median), int(Aggregation::Min), int(Aggregation::Max)});
    m_aggregation->setObjectName(QStringLiteral("aggregationCombo"));
    m_minFraction = new QDoubleSpinBox;
    m_minFraction->setObjectName(QStringLiteral("minFractionSpin"));
    m_minFraction->setRange(0, 1);
    m_minFraction->setSingleStep(0.05);
    m_minCount = new QSpinBox;
    m_minCount->setObjectName(QStringLiteral("minCountSpin"));
    m_minCount->setRange(1, 100000);
    m_fillGaps = new QSpinBox;
    m_fillGaps->setObjectName(QStringLiteral("fillGapsSpin"));
    m_fillGaps->setRange(0, 1000);

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    addRow(form, file);
    addRow(form, m_aliases);
    for (QWidget* w : std::initializer_list<QWidget*>{m_interval, m_aggregation, m_minFraction, m_minCount, m_fillGaps})
        addRow(form, w);
    return page;
}

void ImportSettingsForm::retranslate()
{
    m_groups.at(0)->setTitle(tr("Reading"));
    m_groups.at(1)->setTitle(tr("Quality"));
    m_groups.at(2)->setTitle(tr("Stations and resampling"));
    const auto automatic = [this](const QString& detected) {
        return detected.isEmpty() ? tr("Automatic") : tr("Automatic (%1)").arg(detected);
    };
    setLabel(m_encoding, tr("Encoding:"));
    const QStringList encodings = {automatic(m_detectedEncoding), QStringLiteral("UTF-8"), QStringLiteral("GB18030"), QStringLiteral("Latin-1")};
    setLabel(m_delimiter, tr("Delimiter:"));
    const QStringList delimiters = {automatic(m_detectedDelimiter == QStringLiteral("\t") ? tr("Tab") : m_detectedDelimiter), tr("Comma (,)"), tr("Semicolon (;)"), tr("Tab"), tr("Vertical bar (|)")};
    setLabel(m_decimal, tr("Decimal separator:"));
    const QStringList decimals = {automatic(m_detectedDecimal), tr("Point (.)"), tr("Comma (,)")};
    setLabel(m_timeFormat, tr("Time format:"));
    const QStringList formats = {automatic(m_detectedTimeFormat), tr("ISO (2024-03-31 14:00)"), tr("Month/day/year (03/31/2024)"),
                                 tr("Day/month/year (31/03/2024)"), tr("Year/month/day (2024/3/31)"),
                                 tr("Chinese (2024年3月31日)"), tr("Excel serial number")};
    setLabel(m_interval, tr("Resample to:"));
    const QStringList intervals = {tr("No resampling"), tr("Hourly"), tr("Daily"), tr("Monthly")};
    setLabel(m_aggregation, tr("Aggregation:"));
    const QStringList aggregations = {tr("Mean"), tr("Median"), tr("Minimum"), tr("Maximum")};
    const QList<QPair<QComboBox*, QStringList>> combos = {{m_encoding, encodings}, {m_delimiter, delimiters}, {m_decimal, decimals},
                                                          {m_timeFormat, formats}, {m_interval, intervals}, {m_aggregation, aggregations}};
    for (const auto& [box, texts] : combos)
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, texts.value(i));

    setLabel(m_headerLine, tr("Header line:"));
    m_headerLine->setSpecialValueText(tr("Automatic"));
    setLabel(m_utcOffset, tr("Time zone offset:"));
    m_utcOffset->setPrefix(tr("UTC "));
    m_utcOffset->setSuffix(tr(" h"));
    m_utcOffset->setToolTip(tr("Offset of the source's clock from UTC in hours, e.g. −5 for US Eastern Standard Time."));
    setLabel(m_missing, tr("Missing markers:"));
    m_missing->setToolTip(tr("Cells that mean \"missing\", separated by commas; empty cells are always missing."));
    setLabel(m_flags.first()->parentWidget(), tr("Accepted quality flags:"));
    m_rangeChecks->setText(tr("Reject values outside the physical range"));
    setLabel(m_browseStations->parentWidget(), tr("Station table:"));
    m_stationsFile->setPlaceholderText(tr("Optional"));
    m_stationsFile->setToolTip(tr("A table of stations: code or name, latitude, longitude and optionally depth"));
    m_browseStations->setText(tr("Browse…"));
    setLabel(m_aliases, tr("Station aliases:"));
    m_aliases->setPlaceholderText(tr("One per line: alias = station"));
    setLabel(m_minFraction, tr("Minimum fraction per bin:"));
    setLabel(m_minCount, tr("Minimum readings per bin:"));
    setLabel(m_fillGaps, tr("Fill gaps up to:"));
    m_fillGaps->setSpecialValueText(tr("Do not fill"));
    m_fillGaps->setSuffix(tr(" steps"));
}

void ImportSettingsForm::setSettings(const mc::ImportSettings& s)
{
    m_updating = true;
    m_base = s;
    select(m_encoding, int(s.encoding));
    select(m_delimiter, s.delimiter);
    select(m_decimal, s.decimalSeparator);
    m_headerLine->setValue(s.headerLine);
    select(m_timeFormat, int(s.timeFormat));
    m_utcOffset->setValue(s.utcOffsetMinutes / 60.0);
    QStringList markers;
    for (const auto& m : s.missingMarkers)
        markers << QString::fromStdString(m);
    m_missing->setText(markers.join(QStringLiteral(", ")));
    for (auto it = m_flags.begin(); it != m_flags.end(); ++it)
        it.value()->setChecked(s.acceptedFlags.count(it.key()) > 0);
    m_rangeChecks->setChecked(s.rangeChecks);
    m_stationsFile->setText(QString::fromStdString(s.stationsFile));
    QStringList aliases;
    for (const auto& [alias, station] : s.stationAliases)
        aliases << QString::fromStdString(alias) + QStringLiteral(" = ") + QString::fromStdString(station);
    m_aliases->setPlainText(aliases.join(QLatin1Char('\n')));
    select(m_interval, int(s.resample.interval));
    select(m_aggregation, int(s.resample.aggregation));
    m_minFraction->setValue(s.resample.minValidFraction);
    m_minCount->setValue(s.resample.minValidCount);
    m_fillGaps->setValue(s.resample.fillGapSteps);
    m_updating = false;
}

mc::ImportSettings ImportSettingsForm::settings() const
{
    mc::ImportSettings s = m_base;
    s.encoding = mc::TextEncoding(selected(m_encoding));
    s.delimiter = char(selected(m_delimiter));
    s.decimalSeparator = char(selected(m_decimal));
    s.headerLine = m_headerLine->value();
    s.timeFormat = mc::TimeFormat(selected(m_timeFormat));
    s.utcOffsetMinutes = int(std::lround(m_utcOffset->value() * 60));
    s.missingMarkers.clear();
    for (const auto& m : m_missing->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!m.trimmed().isEmpty())
            s.missingMarkers.push_back(m.trimmed().toStdString());
    s.acceptedFlags.clear();
    for (auto it = m_flags.begin(); it != m_flags.end(); ++it)
        if (it.value()->isChecked())
            s.acceptedFlags.insert(it.key());
    // Codes beyond the boxes stay as they were loaded.
    for (int code : m_base.acceptedFlags)
        if (code < kMinFlag || code > kMaxFlag)
            s.acceptedFlags.insert(code);
    s.rangeChecks = m_rangeChecks->isChecked();
    s.stationsFile = m_stationsFile->text().trimmed().toStdString();
    s.stationAliases.clear();
    for (const auto& line : m_aliases->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !line.mid(eq + 1).trimmed().isEmpty())
            s.stationAliases[line.left(eq).trimmed().toStdString()] = line.mid(eq + 1).trimmed().toStdString();
    }
    s.resample.interval = mc::ResampleInterval(selected(m_interval));
    s.resample.aggregation = mc::Aggregation(selected(m_aggregation));
    s.resample.minValidFraction = m_minFraction->value();
    s.resample.minValidCount = m_minCount->value();
    s.resample.fillGapSteps = m_fillGaps->value();
    return s;
}

void ImportSettingsForm::setDetected(const mc::ImportFileReport* file)
{
    m_detectedEncoding = file ? QString::fromStdString(file->encoding).toUpper() : QString();
    m_detectedDelimiter = file ? QString(QLatin1Char(file->delimiter)) : QString();
    m_detectedDecimal = file ? QString(QLatin1Char(file->decimalSeparator)) : QString();
    m_detectedTimeFormat = file ? QString::fromStdString(file->timeFormat) : QString();
    retranslate();
}

void ImportSettingsForm::browseStationsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Station table"), m_stationsFile->text(),
                                                      tr("Tables (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_stationsFile->setText(path);
    emitChanged();
}

void ImportSettingsForm::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

void ImportSettingsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mcui
