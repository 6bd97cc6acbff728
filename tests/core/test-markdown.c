/* test-markdown.c: the Markdown summary
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "trellis.h"
#include "trellis-markdown.h"
#include "trellis-test-utils.h"

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("the summary does not contain “%s”:\n%s", part, text);
}

static void
test_sections (void)
{
  g_autoptr(TrellisProject) project = trellis_test_load_sample ();
  g_autofree char *text = trellis_markdown_to_string (project, trellis_date_parse ("2027-03-15"));
  const char *sections[] = { "# Alpine Polymer Network\n", "- **As of:** 2027-03-15",
                             "\n## Key questions\n", "\n## SWOT\n", "\n### Strengths\n",
                             "\n### Threats\n", "\n## TOWS strategies\n", "\n## Stakeholders\n",
                             "\n## Goals and indicators\n",
                             "\n### Make recycled polymers fit for demanding parts\n",
                             "\n## Action plan\n", "\n## Warnings\n",
                             "| Light | Action | Owner | Goal | Due | Status | Why |\n",
                             "| Committed members |" };
  const char *positions[G_N_ELEMENTS (sections)];

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      assert_contains (text, sections[i]);
      positions[i] = strstr (text, sections[i]);
    }
  /* In the order of the method. */
  g_assert_true (positions[2] < positions[3] && positions[3] < positions[6] &&
                 positions[6] < positions[7] && positions[7] < positions[8] &&
                 positions[8] < positions[10] && positions[10] < positions[11]);
  /* Every action is a row of the plan, with its light and reason. */
  assert_contains (text, "| Recyclate test day in the APRI lab |");
  assert_contains (text, "is done |");
}

static void
test_escaping (void)
{
  g_autoptr(TrellisProject) project = trellis_project_new ("A | B *project*");
  g_autoptr(TrellisAction) action = trellis_action_new ("Pipes | and\nbreaks");
  g_autofree char *text = NULL;

  trellis_project_add_item (project, action);
  text = trellis_markdown_to_string (project, trellis_date_parse ("2027-03-15"));
  assert_contains (text, "# A \\| B \\*project\\*\n");
  assert_contains (text, "| Pipes \\| and breaks |");
  assert_contains (text, "None yet.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/markdown/sections", test_sections);
  g_test_add_func ("/core/markdown/escaping", test_escaping);

  return g_test_run ();
}
