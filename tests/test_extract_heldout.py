"""Held-out checks: the extractor scored on the sets in tests/data/.

The held-out reports were written and labelled independently of the extractor's rules
(see tests/data/README.md), so they measure how the rules generalise beyond the dev
corpus they were tuned on. The scorer is the corpus's own score.py, which lives outside
the repository (../shared/corpus); scoring is skipped when it is absent, the format
checks always run. The floors sit a little below the current figures, so they catch
regressions; raise them as the extractor improves.

Figures when each set was written, and later (extractor 2026.11.15; the sets of the third and fourth
sessions of 2026-11-30 with 2026.11.16 and 2026.11.17):
    heldout  (1f921a0): P 0.76  R 0.575 F1 0.655   now P 1.0   R 0.945 F1 0.972
    heldout2 (9385f88): P 0.837 R 0.726 F1 0.778   now P 1.0   R 0.906 F1 0.950
    heldout3 (43c9ad6): P 0.745 (2026.11.8)         now P 0.939 R 0.697 F1 0.800
    heldout4 (62d1e16): P 0.688 R 0.575 F1 0.626   now P 0.950 R 0.745 F1 0.835
    heldout7: first look (2026.11.11) P 0.783 R 0.623 F1 0.694; tuned on: P 0.976 R 0.815 F1 0.888
    heldout-fa2 / -ar2: first look (2026.11.10) P 0.565 F1 0.520 / P 0.536 F1 0.448; tuned on:
                        P 0.961 R 0.914 F1 0.937 / P 0.971 R 0.872 F1 0.919
    heldout-fa3 / -ar3: first look (2026.11.11) P 0.770 F1 0.731 / P 0.583 F1 0.575; tuned on:
                        P 0.936 R 0.890 F1 0.912 / P 0.919 R 0.919 F1 0.919
  Spent on 2026-11-30 (first looks recorded, then read and tuned on):
    heldout5: first look (2026.11.10) P 0.661 F1 0.609; 2026.11.13 P 0.689 F1 0.656; now P 0.898 R 0.740 F1 0.812
    heldout6: first look (2026.11.11) P 0.815 F1 0.675; 2026.11.13 P 0.856 F1 0.735; now P 0.965 R 0.752 F1 0.846
    heldout-fa4: 2026.11.11 P 0.578 F1 0.549; 2026.11.13 P 0.644 F1 0.626; now P 0.837 R 0.783 F1 0.809
    heldout-ar4: 2026.11.11 P 0.846 F1 0.677; 2026.11.13 P 0.871 F1 0.771; now P 0.974 R 0.949 F1 0.961
    heldout-ar5: first look (2026.11.12) P 0.842 F1 0.582; 2026.11.13 F1 0.632; now P 1.0 R 0.792 F1 0.884
  Spent in the second session of 2026-11-30:
    heldout9: first look (2026.11.13) P 0.753 R 0.646 F1 0.695; now P 0.885 R 0.789 F1 0.834
    heldout11: first look (2026.11.13) P 0.757 R 0.574 F1 0.653; now P 0.814 R 0.605 F1 0.694
    heldout-fa5: first look (2026.11.12) P 0.816 F1 0.774; now P 0.854 R 0.772 F1 0.811
    heldout-ar7: first look (2026.11.13) P 0.727 F1 0.727; now P 0.714 R 0.727 F1 0.721 (no kind fixed yet)
  Spent in the third session of 2026-11-30 (read and tuned on from then):
    heldout12: first look (2026.11.14) P 0.880 R 0.768 F1 0.820; 2026.11.16 P 0.932 R 0.805 F1 0.863
    heldout13: first look (2026.11.14) P 0.823 R 0.688 F1 0.749; 2026.11.16 P 0.872 R 0.720 F1 0.788
    heldout-fa8: first look (2026.11.14) P 0.824 R 0.726 F1 0.772; 2026.11.16 P 0.960 R 0.857 F1 0.906
    heldout-ar8: first look (2026.11.14) P 0.781 R 0.714 F1 0.746; 2026.11.16 P 0.967 R 0.829 F1 0.892
    (heldout9 2026.11.16 P 0.912 R 0.834 F1 0.872; heldout11 P 0.872 R 0.667 F1 0.756; heldout-ar7 P 0.833
    R 0.818 F1 0.826)
  Spent in the fourth session of 2026-11-30 (read and tuned on from then):
    heldout10: first look (2026.11.13) P 0.837 R 0.720 F1 0.774; 2026.11.16 F1 0.825; 2026.11.17 P 0.943
               R 0.811 F1 0.872
    heldout15: first look (2026.11.15) P 0.793 R 0.637 F1 0.706 (incident claims P 0.720); 2026.11.16 F1 0.713;
               2026.11.17 P 0.846 R 0.685 F1 0.757 (incident claims P 0.820)
    heldout-fa9: first look (2026.11.15) P 0.838 R 0.739 F1 0.786 (incident claims P 0.625); 2026.11.16 F1 0.791;
                 2026.11.17 P 0.943 R 0.832 F1 0.884 (incident claims P 0.794)
    heldout-ar9: first look (2026.11.15) P 0.865 R 0.582 F1 0.696; 2026.11.16 the same; 2026.11.17 P 0.977
                 R 0.764 F1 0.857
    (2026.11.17: heldout11 P 0.887 R 0.682 F1 0.771; heldout12 P 0.943 R 0.823 F1 0.879; heldout13 P 0.885
    R 0.735 F1 0.803; heldout-ar7 P 0.889 R 0.873 F1 0.881)
  Unread (figures only, never their errors; UNREAD below):
    heldout14: first look (2026.11.15) P 0.919 R 0.783 F1 0.846 (incident claims P 0.936); 2026.11.17 P 0.921
               R 0.794 F1 0.853
    heldout-fa6: first look (2026.11.12) P 0.926 R 0.875 F1 0.900; 2026.11.17 P 0.928 R 0.889 F1 0.908
    heldout-fa7: first look (2026.11.13) P 0.851 R 0.808 F1 0.829; 2026.11.17 P 0.891 R 0.828 F1 0.859
    heldout-ar6: first look (2026.11.12) P 0.579 F1 0.500; 2026.11.17 P 0.905 R 0.760 F1 0.826
    heldout-fa10: first look (2026.11.16) P 0.857 R 0.830 F1 0.843 (incident claims P 0.829); 2026.11.17 the same
    heldout21: first look (2026.11.18) P 0.921 R 0.766 F1 0.837 (incident claims P 0.875)
    heldout24: first look (2026.11.19) P 0.919 R 0.776 F1 0.842 (incident claims P 0.896)
    heldout27: first look (2026.11.20) P 0.951 R 0.860 F1 0.903 (incident claims P 0.853)
    heldout-ar15: first look (2026.11.20) P 0.922 R 0.825 F1 0.870 (incident claims P 0.895)
    heldout32: first look (2026.11.23) P 0.946 R 0.910 F1 0.927 (incident claims P 0.864)
    heldout33: first look (2026.11.23) P 0.919 R 0.850 F1 0.883 (incident claims P 0.880)
    heldout-fa15: first look (2026.11.23) P 0.943 R 0.882 F1 0.911 (incident claims P 0.893)
    heldout-ar18: first look (2026.11.23) P 0.848 R 0.595 F1 0.700 (incident claims P 0.852)
  Spent in the eleventh session (2026-12-01; read and tuned on from then):
    heldout30: first look (2026.11.22) P 0.885 R 0.802 F1 0.841 (incident claims P 0.793);
               2026.11.23 P 0.892 R 0.814 F1 0.851 (incident claims P 0.828)
    heldout31: first look (2026.11.22) P 0.825 R 0.717 F1 0.768 (incident claims P 0.659);
               2026.11.23 P 0.827 R 0.724 F1 0.772 (incident claims P 0.659)
    heldout-fa14: first look (2026.11.22) P 0.729 R 0.689 F1 0.708 (incident claims P 0.821);
                  2026.11.23 P 0.746 R 0.716 F1 0.731 (incident claims P 0.852)
    heldout-ar17: first look (2026.11.22) P 0.890 R 0.774 F1 0.828 (incident claims P 0.913);
                  2026.11.23 P 0.878 R 0.774 F1 0.823 (incident claims P 0.909)
  Spent in the tenth session (2026-12-01; read and tuned on from then):
    heldout28: first look (2026.11.21) P 0.808 R 0.642 F1 0.716 (incident claims P 0.766);
               2026.11.22 P 0.814 R 0.650 F1 0.723 (incident claims P 0.771);
               2026.11.23 P 0.946 R 0.790 F1 0.861 (incident claims P 0.935)
    heldout29: first look (2026.11.21) P 0.895 R 0.795 F1 0.842 (incident claims P 0.786);
               2026.11.22 P 0.901 R 0.795 F1 0.845 (incident claims P 0.805);
               2026.11.23 P 0.939 R 0.813 F1 0.871 (incident claims P 0.972)
    heldout-fa13: first look (2026.11.21) P 0.951 R 0.838 F1 0.891 (incident claims P 0.857);
                  2026.11.22 P 0.944 R 0.863 F1 0.902 (incident claims P 0.857);
                  2026.11.23 P 0.981 R 0.897 F1 0.938 (incident claims P 0.900)
    heldout-ar16: first look (2026.11.21) P 0.838 R 0.697 F1 0.761 (incident claims P 0.759);
                  2026.11.22 P 0.827 R 0.697 F1 0.756 (incident claims P 0.759);
                  2026.11.23 P 0.975 R 0.865 F1 0.917 (incident claims P 0.897)
  With 2026.11.23 (end of the tenth session): unread heldout30 P 0.892 R 0.814 F1 0.851 (incident claims P 0.828),
    heldout31 P 0.827 R 0.724 F1 0.772 (0.659), heldout-fa14 P 0.746 R 0.716 F1 0.731 (0.852), heldout-ar17 P 0.878
    R 0.774 F1 0.823 (0.909), heldout21 F1 0.910 (0.952), heldout24 F1 0.880 (0.935); heldout14, heldout27, fa6, fa7,
    fa10, ar6 and ar15 unchanged.
  Spent in the ninth session (2026-12-01; read and tuned on from then):
    heldout8: first look (2026.11.12) P 0.887 R 0.727 F1 0.799;
              2026.11.22 P 0.947 R 0.831 F1 0.885 (incident claims P 0.932)
    heldout25: first look (2026.11.20) P 0.848 R 0.651 F1 0.736 (incident claims P 0.841);
               2026.11.22 P 0.976 R 0.829 F1 0.896 (incident claims P 0.976)
    heldout26: first look (2026.11.20) P 0.910 R 0.764 F1 0.831 (incident claims P 0.857);
               2026.11.22 P 0.921 R 0.774 F1 0.841 (incident claims P 0.857)
    heldout-fa12: first look (2026.11.20) P 0.893 R 0.705 F1 0.788 (incident claims P 0.792);
                  2026.11.22 P 0.989 R 0.926 F1 0.957 (incident claims P 1.0)
    heldout-ar14: first look (2026.11.20) P 0.806 R 0.588 F1 0.680 (incident claims P 0.941);
                  2026.11.22 P 0.971 R 0.800 F1 0.877 (incident claims P 0.941)
  Spent in the fifth session of 2026-11-30 (read and tuned on from then):
    heldout16: first look (2026.11.16) P 0.924 R 0.738 F1 0.820 (incident claims P 0.844); 2026.11.17 P 0.931
               R 0.744 F1 0.827 (incident claims P 0.864)
    heldout17: first look (2026.11.16) P 0.736 R 0.653 F1 0.692 (incident claims P 0.698); 2026.11.17 P 0.738
               R 0.659 F1 0.696 (incident claims P 0.673)
    heldout-ar10: first look (2026.11.16) P 0.745 R 0.679 F1 0.710 (incident claims P 0.700); 2026.11.17 P 0.769
                  R 0.714 F1 0.741 (incident claims P 0.737)
  With 2026.11.18 (end of the fifth session): unread heldout8 F1 0.857, heldout14 0.850, heldout18 0.764, heldout19
    0.812 (incident claims P 0.940), heldout-fa6 0.908, fa7 0.880, fa10 0.871 (P 0.880), heldout-ar6 0.826, ar11 0.769
    (P 0.849); spent this session heldout16 P 0.977 R 0.768 F1 0.860 (incident claims P 0.976), heldout17 P 0.860
    R 0.772 F1 0.814 (incident claims P 0.717), heldout-ar10 P 0.963 R 0.929 F1 0.945.
  Spent in the sixth session of 2026-11-30 (read and tuned on from then):
    heldout18: first look (2026.11.17) P 0.827 R 0.705 F1 0.761 (incident claims P 0.796); 2026.11.18 P 0.833
               R 0.705 F1 0.764 (incident claims P 0.811)
    heldout19: first look (2026.11.17) P 0.855 R 0.752 F1 0.800 (incident claims P 0.902); 2026.11.18 P 0.872
               R 0.760 F1 0.812 (incident claims P 0.940)
    heldout-ar11: first look (2026.11.17) P 0.796 R 0.672 F1 0.729 (incident claims P 0.714); 2026.11.18 P 0.849
                  R 0.703 F1 0.769 (incident claims P 0.850)
  With 2026.11.19 (end of the sixth session): unread heldout8 P 0.926 R 0.797 F1 0.856, heldout14 P 0.935 R 0.817
    F1 0.872, heldout20 P 0.811 R 0.647 F1 0.720, heldout21 P 0.921 R 0.854 F1 0.886, heldout22 P 0.861 R 0.765
    F1 0.810, heldout-ar12 P 0.780 R 0.582 F1 0.667, fa6/fa7/fa10/ar6 unchanged; spent this session heldout18
    P 0.964 R 0.846 F1 0.901, heldout19 P 0.983 R 0.936 F1 0.959, heldout-ar11 P 0.981 R 0.828 F1 0.898,
    heldout17 P 0.934 R 0.844 F1 0.887.
  Spent in the seventh session of 2026-11-30 (read and tuned on from then):
    heldout20: first look (2026.11.18) P 0.817 R 0.640 F1 0.718 (incident claims P 0.936); 2026.11.19 P 0.811
               R 0.647 F1 0.720 (incident claims P 0.917)
    heldout22: first look (2026.11.18) P 0.859 R 0.753 F1 0.803 (incident claims P 0.792); 2026.11.19 P 0.861
               R 0.765 F1 0.810 (incident claims P 0.800)
    heldout-ar12: first look (2026.11.18) P 0.772 R 0.557 F1 0.647 (incident claims P 0.652); 2026.11.19 P 0.780
                  R 0.582 F1 0.667
  Spent in the eighth session (2026-11-30/12-01; read and tuned on from then):
    heldout23: first look (2026.11.19) P 0.824 R 0.665 F1 0.736 (incident claims P 0.861); 2026.11.20 P 0.819
               F1 0.737 (incident claims P 0.838)
    heldout-ar13: first look (2026.11.19) P 0.889 R 0.571 F1 0.696 (incident claims P 0.875); 2026.11.20 the same
  With 2026.11.21 (end of the eighth session): unread heldout8 F1 0.858, heldout14 0.882, heldout21 0.899,
    heldout24 0.877, heldout25 P 0.875 R 0.719 F1 0.789 (incident claims P 0.881), heldout26 0.831 and ar15 0.870
    (unchanged), heldout27 P 0.959 F1 0.907, fa6 0.922, fa7 0.890, fa10 0.871, fa12 P 0.909 R 0.737 F1 0.814,
    ar6 0.870, ar14 P 0.831 R 0.694 F1 0.756; spent heldout23 P 0.973 R 0.824 F1 0.892, heldout-ar13 P 0.919
    R 0.810 F1 0.861, heldout-fa11 P 0.989 R 0.888 F1 0.935.
  With 2026.11.20 (end of the seventh session): unread heldout8 P 0.914 R 0.808 F1 0.858, heldout14 P 0.935 R 0.829
    F1 0.879, heldout21 P 0.929 R 0.854 F1 0.890, heldout23 P 0.819 R 0.670 F1 0.737, heldout24 P 0.936 R 0.820
    F1 0.874, heldout-ar13 unchanged, fa6/fa7/fa10/ar6 unchanged; spent this session heldout20 P 0.962 R 0.899
    F1 0.929, heldout22 P 0.975 R 0.935 F1 0.955, heldout-ar12 P 0.986 R 0.899 F1 0.940.
    heldout-fa11: first look (2026.11.20) P 0.736 R 0.541 F1 0.624 (incident claims P 0.529), read and tuned on
                  at once; with the Persian kinds of 2026.11.20 P 0.887 R 0.724 F1 0.798 (incident claims P 0.731)
Set 1 later guided fixes and set 2's wrong claims were inspected, so neither is blind any more.
Sets 3 and 4 were used for tuning from the error-kinds session on (their errors were read and
grouped into kinds, each fixed and tested on new sentences): they no longer measure
generalisation either; the next blind set does.
Run `pytest tests/test_extract_heldout.py -s` to see the figures, and every error of the sets
already read (UNREAD lists the sets whose errors are never printed).
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from labelled_sets import REPORT_FIELDS, SCORER, check_report, read_reports, score_extractor

DATA = Path(__file__).parent / "data"

# set: (file, id prefix, number of reports, earliest year, floors P, R, F1)
SETS = {
    "heldout": (DATA / "heldout_reports.jsonl", "heldout", 40, 2019, (0.98, 0.92, 0.95)),
    "heldout2": (DATA / "heldout2_reports.jsonl", "heldout2", 40, 2018, (0.98, 0.90, 0.94)),
    "heldout3": (DATA / "heldout3_reports.jsonl", "heldout3", 45, 2010, (0.92, 0.69, 0.79)),
    "heldout4": (DATA / "heldout4_reports.jsonl", "heldout4", 45, 2017, (0.93, 0.73, 0.82)),
    # Persian and Arabic, written blind (first look P 0.635 / 0.571), then tuned on
    # (now P 0.971 R 0.876 F1 0.921 / P 0.974 R 0.927 F1 0.950)
    "heldout-fa": (DATA / "heldout_fa_reports.jsonl", "hfa", 30, 2020, (0.98, 0.88, 0.92)),
    "heldout-ar": (DATA / "heldout_ar_reports.jsonl", "har", 15, 2015, (0.95, 0.90, 0.93)),
    # written blind; heldout5 (with heldout6, fa4, ar4, ar5) was read and tuned on from 2026-11-30;
    # fa2 and ar2 were read and tuned on for the period kinds after their first look
    "heldout5": (DATA / "heldout5_reports.jsonl", "h5", 45, 2015, (0.88, 0.73, 0.80)),
    "heldout-fa2": (DATA / "heldout_fa2_reports.jsonl", "hfa2", 30, 2013, (0.98, 0.90, 0.94)),
    "heldout-ar2": (DATA / "heldout_ar2_reports.jsonl", "har2", 15, 2013, (0.95, 0.85, 0.90)),
    # written blind (first looks P 0.770 R 0.695 F1 0.731 / P 0.583 R 0.568 F1 0.575 with 2026.11.11,
    # main at 2813adb), then read and tuned on for their kinds (issue 16): now P 0.911 R 0.878 F1 0.894 /
    # P 0.919 R 0.919 F1 0.919
    "heldout-fa3": (DATA / "heldout_fa3_reports.jsonl", "hfa3", 25, 2019, (0.92, 0.87, 0.90)),
    "heldout-ar3": (DATA / "heldout_ar3_reports.jsonl", "har3", 15, 2019, (0.92, 0.92, 0.92)),
    # written blind (first look P 0.783 R 0.623 F1 0.694 with 2026.11.11), then tuned on
    "heldout7": (DATA / "heldout7_reports.jsonl", "h7", 45, 2017, (0.96, 0.81, 0.88)),
    # written blind; heldout6, fa4 and ar4 were read and tuned on from 2026-11-30 (see heldout5)
    "heldout6": (DATA / "heldout6_reports.jsonl", "h6", 45, 2024, (0.95, 0.74, 0.83)),
    "heldout-fa4": (DATA / "heldout_fa4_reports.jsonl", "hfa4", 25, 2018, (0.83, 0.77, 0.80)),
    "heldout-ar4": (DATA / "heldout_ar4_reports.jsonl", "har4", 15, 2018, (0.95, 0.93, 0.94)),
    # written blind on 2026-11-29 (evening); fa6 and ar6 unread, floors under their 2026.11.14 figures; heldout8
    # spent in the ninth session, floors under its figures with 2026.11.22
    "heldout8": (DATA / "heldout8_reports.jsonl", "h8", 45, 2019, (0.93, 0.81, 0.87)),
    "heldout9": (DATA / "heldout9_reports.jsonl", "h9", 45, 2016, (0.91, 0.82, 0.86)),
    "heldout-fa5": (DATA / "heldout_fa5_reports.jsonl", "hfa5", 25, 2020, (0.90, 0.79, 0.84)),
    "heldout-ar5": (DATA / "heldout_ar5_reports.jsonl", "har5", 15, 2019, (0.98, 0.77, 0.86)),
    "heldout-fa6": (DATA / "heldout_fa6_reports.jsonl", "hfa6", 20, 2017, (0.90, 0.86, 0.88)),
    "heldout-ar6": (DATA / "heldout_ar6_reports.jsonl", "har6", 10, 2017, (0.88, 0.74, 0.80)),
    # written blind on 2026-11-30 and unread; floors under their 2026.11.14 figures
    "heldout10": (DATA / "heldout10_reports.jsonl", "h10", 45, 2022, (0.93, 0.80, 0.86)),
    "heldout11": (DATA / "heldout11_reports.jsonl", "h11", 45, 2016, (0.90, 0.68, 0.78)),
    "heldout-fa7": (DATA / "heldout_fa7_reports.jsonl", "hfa7", 25, 2020, (0.89, 0.82, 0.86)),
    "heldout-ar7": (DATA / "heldout_ar7_reports.jsonl", "har7", 15, 2017, (0.93, 0.88, 0.91)),
    # written blind on 2026-11-30 (second session) and unread; floors under their first looks
    "heldout12": (DATA / "heldout12_reports.jsonl", "h12", 45, 2021, (0.93, 0.81, 0.87)),
    "heldout13": (DATA / "heldout13_reports.jsonl", "h13", 45, 2015, (0.87, 0.72, 0.79)),
    "heldout-fa8": (DATA / "heldout_fa8_reports.jsonl", "hfa8", 25, 2020, (0.96, 0.86, 0.91)),
    "heldout-ar8": (DATA / "heldout_ar8_reports.jsonl", "har8", 15, 2016, (0.98, 0.86, 0.91)),
    # written blind on 2026-11-30 (third session) and unread; floors under their first looks (2026.11.15)
    "heldout14": (DATA / "heldout14_reports.jsonl", "h14", 45, 2020, (0.90, 0.77, 0.83)),
    "heldout15": (DATA / "heldout15_reports.jsonl", "h15", 45, 2015, (0.87, 0.70, 0.78)),
    "heldout-fa9": (DATA / "heldout_fa9_reports.jsonl", "hfa9", 25, 2020, (0.97, 0.87, 0.91)),
    "heldout-ar9": (DATA / "heldout_ar9_reports.jsonl", "har9", 15, 2016, (0.96, 0.78, 0.86)),
    # written blind on 2026-11-30 (fourth session) and unread; floors under their first looks (2026.11.16)
    "heldout16": (DATA / "heldout16_reports.jsonl", "h16", 45, 2019, (0.95, 0.74, 0.84)),
    "heldout17": (DATA / "heldout17_reports.jsonl", "h17", 45, 2015, (0.91, 0.82, 0.86)),
    "heldout-fa10": (DATA / "heldout_fa10_reports.jsonl", "hfa10", 25, 2020, (0.86, 0.84, 0.85)),
    "heldout-ar10": (DATA / "heldout_ar10_reports.jsonl", "har10", 15, 2016, (0.96, 0.96, 0.96)),
    # written blind on 2026-11-30 (fifth session), spent in the sixth; floors under their figures with 2026.11.19
    "heldout18": (DATA / "heldout18_reports.jsonl", "h18", 45, 2015, (0.94, 0.82, 0.88)),
    "heldout19": (DATA / "heldout19_reports.jsonl", "h19", 45, 2019, (0.96, 0.91, 0.93)),
    "heldout-ar11": (DATA / "heldout_ar11_reports.jsonl", "har11", 20, 2016, (0.95, 0.80, 0.87)),
    # written blind on 2026-11-30 (sixth session); heldout21 unread, floors under its first look (2026.11.18);
    # the others spent in the seventh, floors under their figures with 2026.11.20
    "heldout20": (DATA / "heldout20_reports.jsonl", "h20", 45, 2010, (0.94, 0.87, 0.90)),
    "heldout21": (DATA / "heldout21_reports.jsonl", "h21", 45, 2015, (0.90, 0.74, 0.81)),
    "heldout22": (DATA / "heldout22_reports.jsonl", "h22", 45, 2012, (0.95, 0.91, 0.93)),
    "heldout-ar12": (DATA / "heldout_ar12_reports.jsonl", "har12", 20, 2012, (0.96, 0.87, 0.91)),
    # written blind on 2026-11-30 (seventh session); heldout24 unread, floors under its first look (2026.11.19);
    # heldout23 and ar13 spent in the eighth, floors under their figures with 2026.11.21
    "heldout23": (DATA / "heldout23_reports.jsonl", "h23", 45, 2014, (0.95, 0.80, 0.87)),
    "heldout24": (DATA / "heldout24_reports.jsonl", "h24", 45, 2011, (0.90, 0.75, 0.82)),
    "heldout-ar13": (DATA / "heldout_ar13_reports.jsonl", "har13", 20, 2015, (0.90, 0.79, 0.84)),
    # written blind at the end of the seventh session; fa11 spent at once, floors under its figures with 2026.11.21;
    # heldout25 and ar14 spent in the ninth session, floors under their figures with 2026.11.22
    "heldout25": (DATA / "heldout25_reports.jsonl", "h25", 40, 2012, (0.96, 0.81, 0.88)),
    "heldout-fa11": (DATA / "heldout_fa11_reports.jsonl", "hfa11", 20, 2016, (0.97, 0.86, 0.91)),
    "heldout-ar14": (DATA / "heldout_ar14_reports.jsonl", "har14", 20, 2014, (0.95, 0.78, 0.86)),
    # written blind at the start of the eighth session; heldout27 and ar15 unread, floors under their first looks
    # (2026.11.20); heldout26 and fa12 spent in the ninth session, floors under their figures with 2026.11.22
    "heldout26": (DATA / "heldout26_reports.jsonl", "h26", 40, 2014, (0.91, 0.76, 0.83)),
    "heldout27": (DATA / "heldout27_reports.jsonl", "h27", 45, 2020, (0.93, 0.84, 0.88)),
    "heldout-fa12": (DATA / "heldout_fa12_reports.jsonl", "hfa12", 20, 2019, (0.97, 0.91, 0.94)),
    "heldout-ar15": (DATA / "heldout_ar15_reports.jsonl", "har15", 20, 2017, (0.90, 0.80, 0.85)),
    # written blind at the start of the ninth session, spent in the tenth; floors under their figures with 2026.11.23
    "heldout28": (DATA / "heldout28_reports.jsonl", "h28", 40, 2016, (0.93, 0.77, 0.84)),
    "heldout29": (DATA / "heldout29_reports.jsonl", "h29", 45, 2018, (0.92, 0.79, 0.85)),
    "heldout-fa13": (DATA / "heldout_fa13_reports.jsonl", "hfa13", 20, 2019, (0.96, 0.87, 0.91)),
    "heldout-ar16": (DATA / "heldout_ar16_reports.jsonl", "har16", 20, 2016, (0.95, 0.84, 0.89)),
    # written blind at the start of the tenth session, spent in the eleventh; floors under their first looks (2026.11.22)
    "heldout30": (DATA / "heldout30_reports.jsonl", "h30", 45, 2015, (0.86, 0.77, 0.81)),
    "heldout31": (DATA / "heldout31_reports.jsonl", "h31", 40, 2012, (0.80, 0.69, 0.74)),
    "heldout-fa14": (DATA / "heldout_fa14_reports.jsonl", "hfa14", 20, 2014, (0.70, 0.66, 0.68)),
    "heldout-ar17": (DATA / "heldout_ar17_reports.jsonl", "har17", 20, 2013, (0.86, 0.74, 0.80)),
    # written blind at the start of the eleventh session and unread; floors under their first looks (2026.11.23)
    "heldout32": (DATA / "heldout32_reports.jsonl", "h32", 45, 2015, (0.92, 0.88, 0.90)),
    "heldout33": (DATA / "heldout33_reports.jsonl", "h33", 40, 2012, (0.89, 0.82, 0.86)),
    "heldout-fa15": (DATA / "heldout_fa15_reports.jsonl", "hfa15", 20, 2014, (0.92, 0.85, 0.89)),
    "heldout-ar18": (DATA / "heldout_ar18_reports.jsonl", "har18", 20, 2013, (0.82, 0.57, 0.68)),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_well_formed(name: str):
    path, prefix, count, first_year, _ = SETS[name]
    reports = read_reports(path)
    assert [r["id"] for r in reports] == [f"{prefix}-{n:03d}" for n in range(1, count + 1)]
    for report in reports:
        check_report(report)
        assert first_year <= date.fromisoformat(report["published"]).year <= 2026
        # a single-paragraph notice (an interior-ministry statement) may run to 600 characters
        assert "\n\n" in report["text"] or len(report["text"]) < 600, report["id"]


def test_heldout2_reports_are_complete_and_names_appear_in_them():
    path = SETS["heldout2"][0]
    for report in read_reports(path):
        assert set(report) == REPORT_FIELDS, report["id"]
        assert report["url"].startswith("https://example.org/"), report["id"]
        assert report["title"].strip() and "\n\n" in report["text"], report["id"]
        for claim in report["claims"]:
            for name in claim["names"]:
                assert name in report["text"], f"{report['id']}: {name}"


# Sets nobody has read: they measure generalisation only while their errors stay unseen, so
# neither a passing run with -s nor a failing floor (pytest shows a failed test's output) prints them.
UNREAD = {"heldout14", "heldout21", "heldout24", "heldout27", "heldout32", "heldout33", "heldout-fa6", "heldout-fa7",
          "heldout-fa10", "heldout-fa15", "heldout-ar6", "heldout-ar15", "heldout-ar18"}


@pytest.mark.skipif(not SCORER.exists(), reason=f"corpus scorer not found at {SCORER} (it lives outside the repository)")
@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_floor(name: str):
    path, _, _, _, (min_precision, min_recall, min_f1) = SETS[name]
    figures, errors = score_extractor(path)
    print(f"\n{name} figures:", json.dumps(figures))
    if name in UNREAD:
        listed = "unread: its errors are not listed (tests/data/README.md)"
    else:
        listed = "run with -s to list them"
        for error in errors:
            print("  ", json.dumps(error, ensure_ascii=False))
    summary = (f"P {figures['precision']} R {figures['recall']} F1 {figures['f1']} "
               f"(floors P {min_precision} R {min_recall} F1 {min_f1}); {len(errors)} errors, {listed}")
    assert figures["precision"] >= min_precision, summary
    assert figures["recall"] >= min_recall, summary
    assert figures["f1"] >= min_f1, summary
