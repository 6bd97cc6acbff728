/* cli-test-utils.c: running trellis-cli from the tests
 *
 * Copyright 2026 The Trellis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "cli-test-utils.h"

static const char *
cli_path (void)
{
  const char *path = g_getenv ("TRELLIS_CLI");

  return path != NULL ? path : TRELLIS_CLI_PATH;
}

static char *cli_locale;

/* The locale of the next runs (NULL: C.UTF-8, the default). */
void
cli_set_locale (const char *locale)
{
  g_free (cli_locale);
  cli_locale = g_strdup (locale);
}

void
cli_fixture_set_up (CliFixture    *f,
                    gconstpointer  data)
{
  /* Under G_TEST_OPTION_ISOLATE_DIRS the home folder is new for each case
   * and removed after it passes. */
  f->dir = g_build_filename (g_get_home_dir (), "work", NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->dir, 0700), ==, 0);
  f->registry = g_build_filename (g_get_home_dir (), "registry.db", NULL);
}

void
cli_fixture_tear_down (CliFixture    *f,
                       gconstpointer  data)
{
  g_free (f->dir);
  g_free (f->registry);
  g_free (f->out);
  g_free (f->err);
}

void
cli_run_argv (CliFixture         *f,
              const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) cli_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", cli_locale != NULL ? cli_locale : "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "TRELLIS_REGISTRY", f->registry, TRUE);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &f->out, &f->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  f->status = g_subprocess_get_exit_status (process);
}

void
cli_assert_status (CliFixture *f,
                   int         expected)
{
  if (f->status != expected)
    g_printerr ("stdout:\n%s\nstderr:\n%s\n", f->out, f->err);
  g_assert_cmpint (f->status, ==, expected);
}

void
cli_assert_contains (const char *haystack,
                     const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

void
cli_assert_matches (const char *text,
                    const char *pattern)
{
  if (!g_regex_match_simple (pattern, text, G_REGEX_MULTILINE, 0))
    g_error ("/%s/ does not match:\n%s", pattern, text);
}

char *
cli_path_in (CliFixture *f,
             const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

TrellisProject *
cli_load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TrellisProject *project = trellis_project_load (file, &error);

  g_assert_no_error (error);
  return project;
}

void
cli_write_file (CliFixture *f,
                const char *name,
                const char *contents)
{
  g_autofree char *path = cli_path_in (f, name);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

gboolean
cli_have_sample (void)
{
  g_autofree char *sample = trellis_test_sample_path ();

  return g_file_test (sample, G_FILE_TEST_IS_REGULAR);
}

/* Creates @name (relative to the fixture's folder) with `new`. */
void
cli_new_project (CliFixture *f,
                 const char *name,
                 const char *project_name,
                 const char *template_)
{
  cli_run (f, "new", name, "--name", project_name, "--template", template_);
  cli_assert_status (f, 0);
  g_assert_cmpstr (f->err, ==, "");
}

/* Copies the sample project into the fixture's folder as @name. */
char *
cli_copy_sample (CliFixture *f,
                 const char *name)
{
  g_autofree char *sample = trellis_test_sample_path ();
  g_autoptr(GFile) from = g_file_new_for_path (sample);
  char *path = cli_path_in (f, name);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* Runs a Python @script on @input; python3 must be installed. */
char *
cli_run_python (const char *script,
                const char *input)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              "python3", "-c", script, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (process))
    g_error ("python3 failed:\n%s\non:\n%s", err, input);
  return out;
}

/* The plan check's section as `status` and `check` print it: "Plan check (N)",
 * then every warning of the core, in its order, as "  kind  message". */
void
cli_assert_warnings_printed (const char     *out,
                             TrellisProject *project)
{
  g_autoptr(GPtrArray) warnings = trellis_plan_list_warnings (project);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TRELLIS_TYPE_PLAN_WARNING_KIND);
  g_autofree char *heading = g_strdup_printf ("\nPlan check (%u)\n", warnings->len);
  const char *at = strstr (out, heading);

  if (at == NULL)
    g_error ("“%s” not found in:\n%s", heading, out);
  at += strlen (heading);
  if (warnings->len == 0)
    g_assert_true (g_str_has_prefix (at, "  No warnings\n"));
  for (guint i = 0; i < warnings->len; i++)
    {
      const TrellisPlanWarning *warning = g_ptr_array_index (warnings, i);
      const char *nick = g_enum_get_value (kinds, warning->kind)->value_nick;
      const char *line_end = strchr (at, '\n');
      g_autofree char *line = g_strndup (at, line_end != NULL ? line_end - at : (gssize) strlen (at));
      g_autofree char *start = g_strdup_printf ("  %s ", nick);
      g_autofree char *end = g_strdup_printf (" %s", warning->message);

      /* The next line is this warning: its kind, spaces, its message. */
      if (line_end == NULL || !g_str_has_prefix (line, start) || !g_str_has_suffix (line, end) ||
          strspn (line + strlen (start), " ") + strlen (start) + strlen (end) - 1 != strlen (line))
        g_error ("warning %u is not “%s…%s”: the line is “%s”", i, start, end, line);
      at = line_end + 1;
    }
}

/* A strict JSON syntax check, enough to know that scripts can read the output. */
static const char *check_value (const char *p);

static const char *
skip_space (const char *p)
{
  while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
    p++;
  return p;
}

static const char *
check_string (const char *p)
{
  if (*p++ != '"')
    return NULL;
  for (; *p != '"'; p++)
    {
      if (*p == '\0' || (guchar) *p < 0x20)
        return NULL;
      if (*p != '\\')
        continue;
      p++;
      if (*p == 'u')
        {
          for (guint i = 1; i <= 4; i++)
            if (!g_ascii_isxdigit (p[i]))
              return NULL;
          p += 4;
        }
      else if (*p == '\0' || strchr ("\"\\/bfnrt", *p) == NULL)
        return NULL;
    }
  return p + 1;
}

static const char *
check_number (const char *p)
{
  const char *start;

  if (*p == '-')
    p++;
  start = p;
  while (g_ascii_isdigit (*p))
    p++;
  if (p == start)
    return NULL;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++);
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return p;
}

/* An array if @close is ']', an object if '}'. */
static const char *
check_members (const char *p,
               char        close)
{
  p = skip_space (p + 1);
  if (*p == close)
    return p + 1;
  for (;;)
    {
      if (close == '}')
        {
          if (!(p = check_string (skip_space (p))) || *(p = skip_space (p)) != ':')
            return NULL;
          p++;
        }
      if (!(p = check_value (p)))
        return NULL;
      p = skip_space (p);
      if (*p == close)
        return p + 1;
      if (*p++ != ',')
        return NULL;
    }
}

static const char *
check_value (const char *p)
{
  p = skip_space (p);
  switch (*p)
    {
    case '{': return check_members (p, '}');
    case '[': return check_members (p, ']');
    case '"': return check_string (p);
    case 't': return g_str_has_prefix (p, "true") ? p + 4 : NULL;
    case 'f': return g_str_has_prefix (p, "false") ? p + 5 : NULL;
    case 'n': return g_str_has_prefix (p, "null") ? p + 4 : NULL;
    default: return check_number (p);
    }
}

void
cli_assert_json (const char *text)
{
  const char *end = check_value (text);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  if (end == NULL || *skip_space (end) != '\0')
    g_error ("not valid JSON:\n%s", text);
}

