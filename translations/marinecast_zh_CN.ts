<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/chart_export.cpp" line="40"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="45"/>
        <source>Run “%1” has no forecast to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="113"/>
        <source>The image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="117"/>
        <location filename="../ui/chart_export.cpp" line="141"/>
        <location filename="../ui/chart_export.cpp" line="156"/>
        <source>The chart could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="239"/>
        <source>Choose a size between 16 and 20000 pixels and a resolution between 10 and 2400 DPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="272"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="221"/>
        <source>Observed</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="176"/>
        <source>%1 at %2: observed vs predicted, %3 d ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="177"/>
        <source>%1 at %2: observed vs predicted, step %3 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="182"/>
        <source>%1 · %2 · epochs %3  —  RMSE %4 %5, skill vs persistence %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="223"/>
        <source>Predicted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="226"/>
        <source>Persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="228"/>
        <source>Climatology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="232"/>
        <location filename="../ui/forecast_chart.cpp" line="253"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="249"/>
        <source>Predicted − observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="254"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="255"/>
        <source>Error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="272"/>
        <location filename="../ui/forecast_chart.cpp" line="275"/>
        <source>Cannot write the chart to %1</source>
        <translation>无法将图表写入 %1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <location filename="../ui/option_form.cpp" line="31"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="32"/>
        <source>Gradient-descent optimizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="33"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="34"/>
        <source>Step size of the optimizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="35"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="36"/>
        <source>Windows per gradient step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="37"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="38"/>
        <source>Passes over the training windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="39"/>
        <source>Lookback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="40"/>
        <source>Past time steps the model sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="41"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="42"/>
        <source>Future time steps predicted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="43"/>
        <source>Output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="44"/>
        <source>Activation on the model output; auto is ReLU for min-max scaled levels, none otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="45"/>
        <source>Predict change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="46"/>
        <source>Predict the change from the last observed value instead of the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="47"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="48"/>
        <source>Training loss, in scaled units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="49"/>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="50"/>
        <source>Scaling fitted on the training range only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="51"/>
        <source>Early-stopping patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="52"/>
        <source>Stop after this many epochs without a better validation loss; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="53"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="54"/>
        <source>Seed for weight initialisation and shuffling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="55"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="56"/>
        <source>auto (CUDA when available, else CPU), cpu, cuda or cuda:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="57"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="58"/>
        <source>CPU threads for training; 0 uses all cores but one (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="59"/>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="60"/>
        <source>Long short-term memory network: LSTM, then a linear layer to the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="61"/>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="62"/>
        <source>Units in each LSTM layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="63"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="64"/>
        <source>Stacked LSTM layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="65"/>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="66"/>
        <source>Dropout between stacked LSTM layers (needs at least 2 layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="67"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="68"/>
        <source>Current model of the reference deck: hidden 32, Adam, batch 128, not stateful.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <location filename="../ui/result_texts.cpp" line="38"/>
        <source>Skill against persistence cannot be computed: persistence makes no error on these windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="40"/>
        <source>The model beats persistence: skill %1 (RMSE %2 % lower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="42"/>
        <source>The model does not beat persistence: skill %1 (RMSE %2 % higher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="51"/>
        <source>At step %1: skill %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="58"/>
        <source>Training was stopped early; these are the forecasts of the best model up to then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="61"/>
        <source>A forecast step predicts the same value for every test window, usually a dead ReLU output. Try the output activation “none” or predicting the change. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="77"/>
        <source>%1 · %2 · %3, epochs: %4, training: %5 s on %6, test windows: %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Forecasting for marine monitoring time series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="35"/>
        <source>Run the sample journey and save screenshots into &lt;folder&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Epochs of the screenshot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Data files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::DataPreviewPanel</name>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="223"/>
        <source> (%1, right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="246"/>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="246"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="250"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="252"/>
        <source>Standardised value (z-score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="272"/>
        <source>Select a variable in the data tree, or check several to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="273"/>
        <source>Open data to preview its series here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::DataTreePanel</name>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Station / variable</source>
        <translation type="unfinished">站点 / 变量</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Missing</source>
        <translation type="unfinished">缺测</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Coverage</source>
        <translation type="unfinished">时间覆盖</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="164"/>
        <source>Synthetic sample data: generated for demonstration, not real observations.</source>
        <translation type="unfinished">合成示例数据：为演示而生成，并非真实观测。</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="175"/>
        <source>%1° N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="175"/>
        <source>%1° S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="176"/>
        <source>%1° E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="176"/>
        <source>%1° W</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="181"/>
        <source>%n variable(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="184"/>
        <source>Time axis: %1 to %2, %n time step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="189"/>
        <source>%1 at %2
Missing: %3 of the station&apos;s time axis
Check to preview several series at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="204"/>
        <source>No data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="223"/>
        <source>Coverage: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="223"/>
        <source>Coverage: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="225"/>
        <source>%n station(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="226"/>
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="227"/>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="142"/>
        <location filename="../ui/export_dialog.cpp" line="255"/>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="143"/>
        <source>%1 of %2 charts were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="166"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="166"/>
        <source>Choose the folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="168"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="170"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="172"/>
        <source>%1 is a file; choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="192"/>
        <source>Export charts into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="198"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="199"/>
        <location filename="../ui/export_dialog.cpp" line="255"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="222"/>
        <source>Prints at %1 × %2 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="256"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="257"/>
        <source>SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="258"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="259"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="261"/>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="263"/>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="265"/>
        <source>DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="266"/>
        <source>Forecast &amp;step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="268"/>
        <source>Which step ahead the chart shows (1 = the first forecast step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="269"/>
        <source>Baselines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="270"/>
        <source>&amp;Persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="271"/>
        <source>&amp;Climatology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="272"/>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="272"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="274"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="275"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::ForecastView</name>
    <message>
        <location filename="../ui/forecast_view.cpp" line="201"/>
        <source>Observed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="201"/>
        <source>Predicted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="202"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="204"/>
        <source>Persistence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="206"/>
        <source>Climatology: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="115"/>
        <source>About MarineCast</source>
        <translation>关于 MarineCast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116"/>
        <source>MarineCast %1
Forecasting for marine monitoring time series.
LibTorch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="157"/>
        <source>%n chart(s) exported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>MarineCast</source>
        <translation>MarineCast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>MarineCast — synthetic sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="166"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="170"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>Open &amp;sample data</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="175"/>
        <source>Export &amp;forecast as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="176"/>
        <source>Export &amp;metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>Export charts of &amp;selected runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="178"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <source>&amp;Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="182"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;About MarineCast</source>
        <translation>关于 MarineCast(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="199"/>
        <source>A training run is in progress. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>Open a data file or the sample data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>Cannot start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>Run %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="317"/>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>Start training (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <location filename="../ui/main_window.cpp" line="167"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="235"/>
        <location filename="../ui/main_window.cpp" line="269"/>
        <source>Cannot open data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>The data could not be read:
%1

The data loaded before stays open.</source>
        <translation>无法读取数据：
%1

之前载入的数据保持打开。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>Synthetic sample data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260"/>
        <source>Data files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>数据文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="269"/>
        <source>The bundled sample data was not found.</source>
        <translation>未找到随附的示例数据。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>Data loaded</source>
        <translation>数据已载入</translation>
    </message>
</context>
<context>
    <name>mcui::MetricsTable</name>
    <message>
        <location filename="../ui/metrics_table.cpp" line="90"/>
        <source>Step %1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="91"/>
        <source>All steps pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="93"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="93"/>
        <source>Persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="93"/>
        <source>Climatology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="136"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="136"/>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="136"/>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="136"/>
        <source>MAPE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="136"/>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="137"/>
        <source>NSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="137"/>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="137"/>
        <source>Skill vs persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="142"/>
        <source>Bold: the best value of each column. Skill = 1 − RMSE / RMSE of persistence; above 0 beats persistence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::ModelPanel</name>
    <message>
        <location filename="../ui/model_panel.cpp" line="147"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="148"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="154"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="155"/>
        <source>Values set by hand, not from a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="164"/>
        <source>Data</source>
        <translation type="unfinished">数据</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="165"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="166"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="167"/>
        <source>Choose in the data tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="168"/>
        <source>Inputs (covariates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="169"/>
        <source>Covariates fed to the model besides the target&apos;s own past. Variables of other stations are joined on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="385"/>
        <source>Choose the variable to forecast: click it in the data tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="393"/>
        <source>Not a valid combination: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="404"/>
        <source>Station %1 is not in the loaded data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="407"/>
        <source>Station %1 has no variable %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="411"/>
        <source>Input %1 is not in the loaded data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="420"/>
        <source>%1 at %2 has no values in the training range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="422"/>
        <source>%1 at %2 has no values in the test range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::OptionForm</name>
    <message>
        <location filename="../ui/option_form.cpp" line="269"/>
        <location filename="../ui/option_form.cpp" line="304"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="270"/>
        <source>The first CUDA device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="270"/>
        <source>CPU: this build sees no CUDA device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="272"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="274"/>
        <source>CUDA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="276"/>
        <source>Not available: this build of MarineCast sees no CUDA device (no NVIDIA GPU, driver or CUDA-enabled LibTorch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="291"/>
        <source>%1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="291"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="293"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="295"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="306"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="412"/>
        <source>%1: enter a number from %2 to %3, for example 0.001 or 1e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="421"/>
        <source>%1: %2 is not available on this machine; choose Auto or CPU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::PeriodForm</name>
    <message>
        <location filename="../ui/period_form.cpp" line="113"/>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="114"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="115"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="116"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="117"/>
        <source>End of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="118"/>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="119"/>
        <source>Validation windows choose the kept epoch and drive early stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="120"/>
        <source> % of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="121"/>
        <source>Forecasts on this range are scored against persistence and climatology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="182"/>
        <source>The training range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="184"/>
        <source>The test range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="186"/>
        <source>The training range must end before the test range starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="189"/>
        <source>The validation range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="191"/>
        <source>The validation range must lie inside the training range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::ResultsPanel</name>
    <message>
        <location filename="../ui/results_panel.cpp" line="174"/>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="175"/>
        <source>Export forecasts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="176"/>
        <source>Export metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="178"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="192"/>
        <location filename="../ui/results_panel.cpp" line="218"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="197"/>
        <source>Export forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="202"/>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="213"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="227"/>
        <source>No run selected.
Train a model, or pick a run in the run list, to see its forecasts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="232"/>
        <source>no test windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="233"/>
        <source>The run “%1” has no forecast to show: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="236"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="252"/>
        <source>Forecast &amp;step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="253"/>
        <source>Which step ahead the chart and the first metrics section show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="254"/>
        <source>&amp;Persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="255"/>
        <source>Show the persistence baseline: the last observed value, carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="256"/>
        <source>&amp;Climatology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="257"/>
        <source>Show the climatology baseline: the training years&apos; mean for that day of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="258"/>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="259"/>
        <source>Show the whole test range (or double-click a chart). Wheel zooms, dragging pans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="260"/>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::RunListModel</name>
    <message>
        <location filename="../ui/run_list_model.cpp" line="30"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="77"/>
        <location filename="../ui/run_list_model.cpp" line="82"/>
        <location filename="../ui/run_list_model.cpp" line="84"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="79"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="80"/>
        <source>early-stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="81"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run_list_model.cpp" line="133"/>
        <source>%1, %2 at %3
finished %4, %n epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="145"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="146"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="147"/>
        <source>Key settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="148"/>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="149"/>
        <source>Skill vs persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="150"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::RunListPanel</name>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="141"/>
        <source>Delete the run “%1”? Its results are lost unless you exported them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run_list_panel.cpp" line="142"/>
        <source>Delete %n runs? Their results are lost unless you exported them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="143"/>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="205"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="206"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="207"/>
        <source>&amp;Export charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="208"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="209"/>
        <source>Rename the run (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="210"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="211"/>
        <source>Delete the selected runs (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="212"/>
        <source>Export charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="213"/>
        <source>Export one forecast chart per selected run into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="214"/>
        <source>No runs yet. Finished trainings appear here; select several to export their charts at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::TrainingJob</name>
    <message>
        <location filename="../ui/training_job.cpp" line="74"/>
        <location filename="../ui/training_job.cpp" line="147"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="146"/>
        <source>The run stopped on an unexpected error. Please report it with the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="159"/>
        <location filename="../ui/training_job.cpp" line="220"/>
        <source>The run settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="163"/>
        <source>A data file could not be found or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="164"/>
        <source>The folder holds no readable data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="165"/>
        <source>A data file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="167"/>
        <source>No time column was found. Name it date, time, datetime or timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="169"/>
        <source>A time value could not be read. Use ISO dates such as 2018-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="170"/>
        <source>A row has more fields than the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="171"/>
        <source>A quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="173"/>
        <source>No station could be derived from the file name. Add a station column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="175"/>
        <source>The data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="182"/>
        <source>No station has the variable “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="187"/>
        <source>Several stations have “%1”: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="190"/>
        <source>The station “%1” is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="192"/>
        <source>The station “%1” lacks the target or an input variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="195"/>
        <source>The training or test range holds no complete window. Widen the range or shorten the lookback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="197"/>
        <source>The data could not be prepared for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="207"/>
        <source>Training diverged: the loss became NaN in epoch %1. Try a lower learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="208"/>
        <source>Training diverged: the loss became infinite in epoch %1. Try a lower learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="211"/>
        <source>Training diverged: the loss is no longer a finite number. Try a lower learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="215"/>
        <source>The requested GPU is not available. Choose the device “auto” or “cpu”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="218"/>
        <source>Training ran out of memory. Try a smaller batch size or model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="225"/>
        <source>Training failed inside LibTorch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="227"/>
        <source>The run failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::TrainingPanel</name>
    <message>
        <location filename="../ui/training_panel.cpp" line="127"/>
        <source>Run “%1” started, epochs planned: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="146"/>
        <source>(only station with the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="147"/>
        <source>Model %1, station %2, target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="149"/>
        <source>preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="182"/>
        <source>Stopped early after epoch %1: the validation loss stopped improving. Best epoch %2 kept (%3 on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="188"/>
        <source>Stopped after epoch %1 on request. The best epoch so far, %2, is kept (%3 on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="194"/>
        <source>Finished after epoch %1 in %2 on %3, threads: %4; best epoch %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="202"/>
        <source>the model beats persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="203"/>
        <source>the model does not beat persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="204"/>
        <source>Test RMSE %1 %2 (persistence %3, climatology %4); skill vs persistence %5: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="211"/>
        <source>Warning: a forecast step never changes, probably a dead output. Try output activation “none” or predicting the change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="215"/>
        <source>Warning: the model is less accurate than assuming tomorrow equals today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="217"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="227"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="291"/>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="291"/>
        <source>Loss per epoch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="292"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="293"/>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="294"/>
        <source>Best epoch (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="295"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="296"/>
        <source>Loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="297"/>
        <source>Messages and warnings of the training runs appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcui::TrainingStatusWidget</name>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="142"/>
        <source>No training running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="145"/>
        <source>preparing data · %1 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="148"/>
        <location filename="../ui/training_status_widget.cpp" line="173"/>
        <source>epoch %1/%2 · %3 elapsed, ~%4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="154"/>
        <source>finished: epoch %1/%2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="157"/>
        <source>stopped early after epoch %1/%2 in %3, best epoch %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="160"/>
        <source>stopped after epoch %1/%2 in %3, best epoch %4 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="163"/>
        <source>failed after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
