// SPDX-License-Identifier: GPL-3.0-or-later
// mc::Nadam against the independent NumPy implementation in reference/nadam_reference.py, whose
// output (reference/nadam_reference.txt) is committed so this test needs no Python.
#include "optim/nadam.h"

#include <torch/torch.h>

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Relative, per element, in double: the reference and mc::Nadam differ only in rounding
// (summation order of the gradient, pow), which stays far below this over 200 steps.
constexpr double kRelativeTolerance = 1e-9;

struct Case {
    std::string name;
    mc::NadamOptions options;
    int steps = 0;
    std::map<int, std::vector<double>> expected;  ///< step -> W (row-major) then b
};

struct Reference {
    torch::Tensor x, y, w0, b0;
    std::vector<Case> cases;
};

torch::Tensor matrixFrom(std::istringstream& in)
{
    int rows = 0, cols = 0;
    in >> rows >> cols;
    std::vector<double> v(std::size_t(rows) * std::size_t(cols));
    for (auto& e : v)
        in >> e;
    return torch::tensor(v, torch::kDouble).reshape({rows, cols});
}

// Throws std::runtime_error on a malformed file, so a broken reference fails loudly.
Reference loadReference()
{
    const std::string path = std::string(MARINECAST_SOURCE_DIR) + "/tests/core/reference/nadam_reference.txt";
    std::ifstream file(path);
    if (!file)
        throw std::runtime_error("cannot open " + path);
    Reference ref;
    std::map<std::string, torch::Tensor> matrices;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream in(line);
        in.imbue(std::locale::classic());
        std::string kind;
        in >> kind;
        if (kind == "matrix") {
            std::string name;
            in >> name;
            matrices[name] = matrixFrom(in);
        } else if (kind == "case") {
            Case c;
            double lr = 0, beta1 = 0, beta2 = 0, eps = 0, wd = 0, psi = 0;
            in >> c.name >> lr >> beta1 >> beta2 >> eps >> wd >> psi >> c.steps;
            c.options = mc::NadamOptions(lr).betas(std::make_tuple(beta1, beta2)).eps(eps).weight_decay(wd).momentum_decay(psi);
            ref.cases.push_back(c);
        } else if (kind == "step") {
            std::string name;
            int t = 0;
            in >> name >> t;
            std::vector<double> values(12 + 3);
            for (auto& e : values)
                in >> e;
            if (ref.cases.empty() || ref.cases.back().name != name)
                throw std::runtime_error("step line outside its case: " + line);
            ref.cases.back().expected[t] = values;
        } else {
            throw std::runtime_error("unknown line: " + line);
        }
        if (in.fail())
            throw std::runtime_error("malformed line: " + line);
    }
    ref.x = matrices.at("X");
    ref.y = matrices.at("Y");
    ref.w0 = matrices.at("W0");
    ref.b0 = matrices.at("b0").reshape({-1});
    return ref;
}

const Reference& reference()
{
    static const Reference ref = loadReference();
    return ref;
}

// The reference's least-squares loss: 0.5 / N * sum((X W^T + b - Y)^2), gradients by autograd.
torch::Tensor lossOf(const torch::Tensor& w, const torch::Tensor& b)
{
    const auto& r = reference();
    const auto residual = r.x.matmul(w.t()) + b - r.y;
    return 0.5 * residual.pow(2).sum() / double(r.x.size(0));
}

struct Params {
    torch::Tensor w, b;
    [[nodiscard]] std::vector<torch::Tensor> list() const { return {w, b}; }
};

Params startingPoint()
{
    return {reference().w0.clone().requires_grad_(true), reference().b0.clone().requires_grad_(true)};
}

void takeStep(mc::Nadam& opt, const Params& p)
{
    opt.zero_grad();
    lossOf(p.w, p.b).backward();
    opt.step();
}

// Largest relative deviation of (W, b) from @p expected; records the worst seen in @p worst.
double deviation(const Params& p, const std::vector<double>& expected)
{
    const auto got = torch::cat({p.w.detach().reshape({-1}), p.b.detach().reshape({-1})}).contiguous();
    const double* g = got.data_ptr<double>();
    double worst = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        worst = std::max(worst, std::abs(g[i] - expected[i]) / std::abs(expected[i]));
    return worst;
}

std::string archived(const mc::Nadam& opt)
{
    torch::serialize::OutputArchive archive;
    opt.save(archive);
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

void restore(mc::Nadam& opt, const std::string& bytes)
{
    torch::serialize::InputArchive archive;
    std::istringstream in(bytes);
    archive.load_from(in);
    opt.load(archive);
}

const mc::NadamParamState& stateOf(const mc::Nadam& opt, std::size_t index)
{
    // The state map's key type differs between LibTorch 1.13 and 2.x; with one state per
    // parameter, look each up through the parameter order instead.
    const auto& param = opt.param_groups().at(0).params().at(index);
    for (const auto& [key, state] : opt.state()) {
        std::ostringstream text;
        text << key;
        std::ostringstream want;
        want << param.unsafeGetTensorImpl();
        if (text.str() == want.str())
            return static_cast<const mc::NadamParamState&>(*state);
    }
    throw std::runtime_error("no state for parameter");
}

}  // namespace

class TestNadam : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultsMatchPyTorch();
    void matchesReference_data();
    void matchesReference();
    void saveLoadContinuesIdentically();
    void closureLossIsReturned();
    void invalidOptionsThrow_data();
    void invalidOptionsThrow();
    void groupOptionsAreChecked();
};

void TestNadam::initTestCase()
{
    torch::set_num_threads(1);
    QVERIFY(reference().cases.size() >= 2);
    for (const auto& c : reference().cases) {
        QVERIFY2(c.steps >= 100, c.name.c_str());
        QVERIFY2(c.expected.count(c.steps) == 1, c.name.c_str());
    }
    // One case must exercise weight decay.
    QVERIFY(std::any_of(reference().cases.begin(), reference().cases.end(),
                        [](const Case& c) { return c.options.weight_decay() > 0; }));
}

void TestNadam::defaultsMatchPyTorch()
{
    const mc::NadamOptions o;
    QCOMPARE(o.lr(), 2e-3);
    QCOMPARE(std::get<0>(o.betas()), 0.9);
    QCOMPARE(std::get<1>(o.betas()), 0.999);
    QCOMPARE(o.eps(), 1e-8);
    QCOMPARE(o.weight_decay(), 0.0);
    QCOMPARE(o.momentum_decay(), 4e-3);
    QVERIFY(mc::NadamOptions(2e-3) == o);
    QVERIFY(!(mc::NadamOptions(2e-3).momentum_decay(5e-3) == o));
}

void TestNadam::matchesReference_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < reference().cases.size(); ++i)
        QTest::newRow(reference().cases[i].name.c_str()) << int(i);
}

void TestNadam::matchesReference()
{
    QFETCH(int, index);
    const Case& c = reference().cases[std::size_t(index)];
    const auto p = startingPoint();
    mc::Nadam opt(p.list(), c.options);
    double worst = 0;
    for (int t = 1; t <= c.steps; ++t) {
        takeStep(opt, p);
        const auto it = c.expected.find(t);
        if (it == c.expected.end())
            continue;
        const double dev = deviation(p, it->second);
        worst = std::max(worst, dev);
        QVERIFY2(dev <= kRelativeTolerance,
                 qPrintable(QStringLiteral("step %1: relative deviation %2").arg(t).arg(dev, 0, 'g', 3)));
    }
    QCOMPARE(stateOf(opt, 0).step(), std::int64_t(c.steps));
    qInfo("%s: %d steps, largest relative deviation from the NumPy reference %.3g", c.name.c_str(), c.steps, worst);
}

void TestNadam::saveLoadContinuesIdentically()
{
    // A checkpoint mid-trajectory: parameters and optimizer state after 50 steps, restored into
    // fresh tensors and a fresh optimizer, must continue bit for bit like the original.
    const Case& c = reference().cases.back();
    const auto original = startingPoint();
    mc::Nadam opt(original.list(), c.options);
    for (int t = 1; t <= 50; ++t)
        takeStep(opt, original);
    const std::string bytes = archived(opt);

    Params resumed{original.w.detach().clone().requires_grad_(true), original.b.detach().clone().requires_grad_(true)};
    mc::Nadam reloaded(resumed.list(), c.options);
    restore(reloaded, bytes);
    QCOMPARE(reloaded.state().size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& saved = stateOf(opt, i);
        const auto& loaded = stateOf(reloaded, i);
        QCOMPARE(loaded.step(), std::int64_t(50));
        QCOMPARE(loaded.mu_product(), saved.mu_product());
        QVERIFY(loaded == saved);
    }

    for (int t = 51; t <= 100; ++t) {
        takeStep(opt, original);
        takeStep(reloaded, resumed);
        if (t == 51 || t == 100) {
            QVERIFY2(deviation(resumed, c.expected.at(t)) <= kRelativeTolerance, qPrintable(QString::number(t)));
        }
    }
    QVERIFY(torch::equal(resumed.w, original.w));
    QVERIFY(torch::equal(resumed.b, original.b));
    QVERIFY(stateOf(reloaded, 0) == stateOf(opt, 0));

    // Without the state the continuation differs: the test above is not vacuous.
    Params fresh{resumed.w.detach().clone().requires_grad_(true), resumed.b.detach().clone().requires_grad_(true)};
    mc::Nadam restarted(fresh.list(), c.options);
    takeStep(restarted, fresh);
    takeStep(opt, original);
    QVERIFY(!torch::equal(fresh.w, original.w));
}

void TestNadam::closureLossIsReturned()
{
    const auto p = startingPoint();
    mc::Nadam opt(p.list(), reference().cases.front().options);
    const auto before = p.w.detach().clone();
    const auto loss = opt.step([&] {
        opt.zero_grad();
        auto l = lossOf(p.w, p.b);
        l.backward();
        return l;
    });
    QVERIFY(loss.defined());
    QCOMPARE(loss.item<double>(), lossOf(before, reference().b0).item<double>());
    QVERIFY(deviation(p, reference().cases.front().expected.at(1)) <= kRelativeTolerance);
    QVERIFY(!opt.step().defined());  // no closure: nothing to return
}

void TestNadam::invalidOptionsThrow_data()
{
    QTest::addColumn<double>("lr");
    QTest::addColumn<double>("beta1");
    QTest::addColumn<double>("beta2");
    QTest::addColumn<double>("eps");
    QTest::addColumn<double>("weightDecay");
    QTest::addColumn<double>("momentumDecay");
    QTest::newRow("negative lr") << -1e-3 << 0.9 << 0.999 << 1e-8 << 0.0 << 4e-3;
    QTest::newRow("beta1 = 1") << 2e-3 << 1.0 << 0.999 << 1e-8 << 0.0 << 4e-3;
    QTest::newRow("negative beta1") << 2e-3 << -0.1 << 0.999 << 1e-8 << 0.0 << 4e-3;
    QTest::newRow("beta2 = 1") << 2e-3 << 0.9 << 1.0 << 1e-8 << 0.0 << 4e-3;
    QTest::newRow("negative eps") << 2e-3 << 0.9 << 0.999 << -1e-8 << 0.0 << 4e-3;
    QTest::newRow("negative weight decay") << 2e-3 << 0.9 << 0.999 << 1e-8 << -0.1 << 4e-3;
    QTest::newRow("negative momentum decay") << 2e-3 << 0.9 << 0.999 << 1e-8 << 0.0 << -4e-3;
}

void TestNadam::invalidOptionsThrow()
{
    QFETCH(double, lr);
    QFETCH(double, beta1);
    QFETCH(double, beta2);
    QFETCH(double, eps);
    QFETCH(double, weightDecay);
    QFETCH(double, momentumDecay);
    const auto options = mc::NadamOptions(lr)
                             .betas(std::make_tuple(beta1, beta2))
                             .eps(eps)
                             .weight_decay(weightDecay)
                             .momentum_decay(momentumDecay);
    const auto p = startingPoint();
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::Nadam(p.list(), options));
}

void TestNadam::groupOptionsAreChecked()
{
    const auto p = startingPoint();
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(std::vector<torch::Tensor>{p.w});
    groups.emplace_back(std::vector<torch::Tensor>{p.b}, std::make_unique<mc::NadamOptions>(-1.0));
    QVERIFY_THROWS_EXCEPTION(c10::Error, mc::Nadam(std::move(groups)));
}

QTEST_GUILESS_MAIN(TestNadam)
#include "tst_nadam.moc"
