"""Logging in and out. The login page is the only page served without a session."""

from __future__ import annotations

from flask import Blueprint, current_app, g, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from vigil.accounts import authenticate
from vigil.web.security import limiter, local_path, log_in

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=64)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])


def _account_name() -> str:
    return "name:" + (request.form.get("name") or "").strip().lower()


def _per_name() -> str:
    return current_app.config["VIGIL"].login_limits[0]


def _per_address() -> str:
    return current_app.config["VIGIL"].login_limits[1]


def _failed(response) -> bool:
    return response.status_code == 401


def _safe_next(target: str | None) -> str:
    return local_path(target, url_for("weeks.overview"))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_per_name, key_func=_account_name, methods=["POST"], deduct_when=_failed)
@limiter.limit(_per_address, methods=["POST"], deduct_when=_failed)
def login():
    if g.user is not None and request.method == "GET":
        return redirect(_safe_next(request.args.get("next")))
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(g.db, form.name.data.strip(), form.password.data)
        if user is not None:
            log_in(user)
            current_app.logger.info("login: %s", user.name)
            return redirect(_safe_next(request.args.get("next")))
        current_app.logger.warning("failed login for %r from %s", form.name.data[:64], request.remote_addr)
        return render_template("login.html", form=form, error="Wrong name or password."), 401
    return render_template("login.html", form=form, error=None), 400 if request.method == "POST" else 200


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("auth.login"))


@bp.app_errorhandler(429)
def too_many(_error):
    form = LoginForm()
    message = "Too many failed logins. Wait a few minutes before trying again."
    return render_template("login.html", form=form, error=message), 429
