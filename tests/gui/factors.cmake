# GUI tests of widgets/factors: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
treeops_add_test(tst_factor_picker GUI SOURCES gui/tst_factor_picker.cpp
  LIBS TreeOps::widgets LABELS gui)
