<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="33"/>
        <source>%1 at %2: observed vs predicted, %3 step(s) ahead</source>
        <translation>%2 站 %1：观测值与预测值（提前 %3 步）</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="37"/>
        <source>Model %1, hidden %2, batch %3, lookback %4, %5 epochs; RMSE %6, skill vs persistence %7</source>
        <translation>模型 %1，隐层单元数 %2，批大小 %3，回看 %4，%5 轮；RMSE %6，相对持续性预报技巧 %7</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="68"/>
        <source>Observed</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="72"/>
        <source>Predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="108"/>
        <location filename="../ui/forecast_chart.cpp" line="111"/>
        <source>Cannot write the chart to %1</source>
        <translation>无法将图表写入 %1</translation>
    </message>
</context>
<context>
    <name>mcui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="62"/>
        <source>About MarineCast</source>
        <translation>关于 MarineCast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <source>MarineCast %1
Forecasting for marine monitoring time series.</source>
        <translation>MarineCast %1
海洋监测时间序列预测。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="70"/>
        <source>MarineCast</source>
        <translation>MarineCast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="72"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Open &amp;sample data</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="74"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>&amp;About MarineCast</source>
        <translation>关于 MarineCast(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Station / variable</source>
        <translation>站点 / 变量</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Coverage</source>
        <translation>时间覆盖</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Missing</source>
        <translation>缺测</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>Cannot open data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>The data could not be read:
%1

The data loaded before stays open.</source>
        <translation>无法读取数据：
%1

之前载入的数据保持打开。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>Data files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>数据文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>The bundled sample data was not found.</source>
        <translation>未找到随附的示例数据。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>Open a data file (File → Open data…) or the bundled sample data to begin.</source>
        <translation>请打开数据文件（文件 → 打开数据…）或随附的示例数据开始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>%n station(s) loaded.</source>
        <translation>
            <numerusform>已载入 %n 个站点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="167"/>
        <source>Synthetic sample data: generated for demonstration, not real observations.</source>
        <translation>合成示例数据：为演示而生成，并非真实观测。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>Synthetic sample data</source>
        <translation>合成示例数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>Data loaded</source>
        <translation>数据已载入</translation>
    </message>
</context>
</TS>
